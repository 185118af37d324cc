package org.hyoka.sheets;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A PostgreSQL DataSource that asks for the plan of every query the application runs through it: before a
 * prepared SELECT executes, the same SQL with the same parameters goes through {@code EXPLAIN} on the same
 * connection, and the plan is kept with the SQL. So a test reads the plans of the application's own SQL.
 */
final class ExplainingDataSource extends DelegatingDataSource {

    record Plan(String sql, String plan) {
    }

    private final List<Plan> plans = new ArrayList<>();

    ExplainingDataSource(DataSource target) {
        super(target);
    }

    /** The plans since the last call, and forgets them. */
    List<Plan> take() {
        List<Plan> taken = List.copyOf(plans);
        plans.clear();
        return taken;
    }

    @Override
    public Connection getConnection() throws java.sql.SQLException {
        Connection connection = super.getConnection();
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(connection, method, args);
                    if (method.getName().equals("prepareStatement") && args[0] instanceof String sql
                            && sql.stripLeading().toUpperCase(java.util.Locale.ROOT).startsWith("SELECT")) {
                        return statement(connection, (PreparedStatement) result, sql);
                    }
                    return result;
                });
    }

    private PreparedStatement statement(Connection connection, PreparedStatement statement, String sql) {
        List<Object[]> settings = new ArrayList<>();
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                settings.add(new Object[] {method, args});
            }
            if (method.getName().equals("executeQuery") && (args == null || args.length == 0)) {
                try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
                    for (Object[] setting : settings) {
                        invoke(explain, (Method) setting[0], (Object[]) setting[1]);
                    }
                    StringBuilder plan = new StringBuilder();
                    try (ResultSet rows = explain.executeQuery()) {
                        while (rows.next()) {
                            plan.append(rows.getString(1)).append('\n');
                        }
                    }
                    plans.add(new Plan(sql, plan.toString()));
                }
            }
            return invoke(statement, method, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
