package org.hyoka.sheets;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, after the migrations, makes again the derived tables whose version moved on, so that
 * nothing is served from rows an older release derived. After an upgrade that changes a table's version,
 * start one node first: it does this once, the others then find the tables current.
 */
@Component
class DerivedTablesRefresh implements InitializingBean {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    DerivedTablesRefresh(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void afterPropertiesSet() {
        SheetTally.refresh(jdbc, transactions, DerivedTables.refreshStale(jdbc, transactions, new SheetDocuments()));
    }
}
