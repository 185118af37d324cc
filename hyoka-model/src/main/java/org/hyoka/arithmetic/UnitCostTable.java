package org.hyoka.arithmetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The unit costs a municipality sets per fiscal year, and how it rounds 人件費計 to thousand yen.
 * {@link #standard()} ships values derived from the つくば市 seed sheets (令和4–8年度); cities set
 * their own through the evaluation office's settings.
 */
public final class UnitCostTable {

    private static final String STANDARD_RESOURCE = "/org/hyoka/arithmetic/standard-unit-costs.properties";

    private final Map<Integer, UnitCosts> byYear;
    private final RoundingMode rounding;

    public UnitCostTable(Collection<UnitCosts> costs, RoundingMode rounding) {
        TreeMap<Integer, UnitCosts> sorted = new TreeMap<>();
        costs.forEach(c -> sorted.put(c.fiscalYear(), c));
        this.byYear = java.util.Collections.unmodifiableMap(sorted);
        this.rounding = rounding;
    }

    /** つくば市, whose published sheets the shipped unit costs and rubric were derived from. */
    public static final String EXAMPLE_MUNICIPALITY = "082201";

    /** What a city has before its office sets anything: the shipped example for つくば市, nothing for anyone else. */
    public static UnitCostTable shippedFor(@Nullable String municipalityCode) {
        return EXAMPLE_MUNICIPALITY.equals(municipalityCode) ? standard() : none();
    }

    /** No unit costs: 人件費計 is then not recomputed, and the check says why. */
    public static UnitCostTable none() {
        return new UnitCostTable(java.util.List.of(), RoundingMode.CEILING);
    }

    /** The つくば市 example (see {@link #shippedFor}); not a default for other cities. */
    public static UnitCostTable standard() {
        try (InputStream in = UnitCostTable.class.getResourceAsStream(STANDARD_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(STANDARD_RESOURCE + " is missing from the model jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return fromProperties(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keys {@code <year>.fullTimeEmployee}, {@code <year>.overtimeHour}, the optional {@code <year>.workHour}
     * (cost of one hour of work, for forms that print 延べ業務時間) and {@code rounding}.
     */
    public static UnitCostTable fromProperties(Properties properties) {
        TreeMap<Integer, UnitCosts> costs = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.endsWith(".fullTimeEmployee")) {
                int year = Integer.parseInt(key.substring(0, key.indexOf('.')));
                costs.put(year, new UnitCosts(year,
                        new BigDecimal(properties.getProperty(key).strip()),
                        new BigDecimal(properties.getProperty(year + ".overtimeHour", "0").strip()),
                        optionalAmount(properties.getProperty(year + ".workHour"))));
            }
        }
        RoundingMode rounding = RoundingMode.valueOf(properties.getProperty("rounding", "CEILING").strip());
        return new UnitCostTable(costs.values(), rounding);
    }

    private static @Nullable BigDecimal optionalAmount(@Nullable String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
    }

    public Optional<UnitCosts> forYear(int fiscalYear) {
        return Optional.ofNullable(byYear.get(fiscalYear));
    }

    public Collection<UnitCosts> all() {
        return byYear.values();
    }

    public RoundingMode rounding() {
        return rounding;
    }

    /** Same years, same figures (whatever their scale) and the same rounding: the same checks. */
    @Override
    public boolean equals(@Nullable Object other) {
        if (!(other instanceof UnitCostTable that) || rounding != that.rounding
                || !byYear.keySet().equals(that.byYear.keySet())) {
            return false;
        }
        return byYear.values().stream().allMatch(mine -> {
            UnitCosts theirs = that.byYear.get(mine.fiscalYear());
            return mine.fullTimeEmployee().compareTo(theirs.fullTimeEmployee()) == 0
                    && mine.overtimeHour().compareTo(theirs.overtimeHour()) == 0
                    && sameAmount(mine.workHour(), theirs.workHour());
        });
    }

    private static boolean sameAmount(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public int hashCode() {
        int hash = rounding.hashCode();
        for (UnitCosts costs : byYear.values()) {
            hash = 31 * hash + java.util.Objects.hash(costs.fiscalYear(), costs.fullTimeEmployee().stripTrailingZeros(),
                    costs.overtimeHour().stripTrailingZeros(),
                    costs.workHour() == null ? null : costs.workHour().stripTrailingZeros());
        }
        return hash;
    }

    /** 人件費計 = FTE × cost of a full-time employee + overtime hours × hourly overtime cost, rounded. */
    public Optional<Long> personnelCost(int fiscalYear, BigDecimal staffFte, BigDecimal overtimeHours) {
        return forYear(fiscalYear).map(unit -> staffFte.multiply(unit.fullTimeEmployee())
                .add(overtimeHours.multiply(unit.overtimeHour()))
                .setScale(0, rounding)
                .longValueExact());
    }

    /** 人件費計 = 延べ業務時間 × the year's cost of one hour of work, rounded; empty without an hourly cost. */
    public Optional<Long> personnelCostFromHours(int fiscalYear, BigDecimal workHours) {
        return forYear(fiscalYear).flatMap(UnitCosts::hourly)
                .map(hourly -> workHours.multiply(hourly).setScale(0, rounding).longValueExact());
    }
}
