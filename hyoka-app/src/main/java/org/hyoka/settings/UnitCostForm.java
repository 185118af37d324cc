package org.hyoka.settings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hyoka.arithmetic.UnitCosts;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Validator;

/**
 * One year of unit costs as the office types it on /settings/unit-costs: 年度 as 2025 or 令和7年度,
 * amounts in 千円 with full-width digits too ({@link SettingsInput}). The hourly cost (時間単価, for forms
 * that print 延べ業務時間) may be left blank: the city then has none for that year.
 */
record UnitCostForm(
        @FiscalYearText(message = "年度は 2025 または 令和7年度 のように入力してください。") String fiscalYear,
        @Amount(positive = true, message = "正職員1人当たりの人件費（千円）を 6906.697 のように正の数で入力してください（小数4桁まで）。")
        String fullTimeEmployee,
        @Amount(message = "時間外勤務1時間当たりの単価（千円）を 2.4245 のように入力してください（小数4桁まで）。")
        String overtimeHour,
        @Amount(positive = true, optional = true,
                message = "時間単価（千円）は 4.0 のように正の数で入力するか、空欄にしてください（小数4桁まで）。")
        String workHour) {

    /** The fields in the order the page shows them, so its problems are listed in that order too. */
    static final List<String> FIELDS = List.of("fiscalYear", "fullTimeEmployee", "overtimeHour", "workHour");

    UnitCostForm(@Nullable String fiscalYear, @Nullable String fullTimeEmployee, @Nullable String overtimeHour,
            @Nullable String workHour) {
        this.fiscalYear = fiscalYear == null ? "" : fiscalYear;
        this.fullTimeEmployee = fullTimeEmployee == null ? "" : fullTimeEmployee;
        this.overtimeHour = overtimeHour == null ? "" : overtimeHour;
        this.workHour = workHour == null ? "" : workHour;
    }

    /** What was typed, for the form shown again. */
    List<String> entered() {
        return List.of(fiscalYear, fullTimeEmployee, overtimeHour, workHour);
    }

    /** What the web edge's validation found, in the page's order of fields; empty when {@link #costs()} may be asked. */
    static List<String> problems(Errors errors) {
        List<String> problems = new ArrayList<>();
        for (String field : FIELDS) {
            errors.getFieldErrors(field).stream().map(e -> String.valueOf(e.getDefaultMessage())).sorted()
                    .forEach(problems::add);
        }
        return problems;
    }

    /** The same, for a caller that is not a web request (commands, tests): the same constraints. */
    List<String> problems(Validator validator) {
        Set<ConstraintViolation<UnitCostForm>> violations = validator.validate(this);
        List<String> problems = new ArrayList<>();
        for (String field : FIELDS) {
            violations.stream().filter(v -> v.getPropertyPath().toString().equals(field))
                    .map(ConstraintViolation::getMessage).sorted().forEach(problems::add);
        }
        return problems;
    }

    /** The year's costs; only for a form without problems. */
    UnitCosts costs() {
        BigDecimal hourly = workHour.isBlank() ? null : SettingsInput.amount(workHour).orElseThrow();
        return new UnitCosts(SettingsInput.fiscalYear(fiscalYear).orElseThrow(),
                SettingsInput.amount(fullTimeEmployee).orElseThrow(), SettingsInput.amount(overtimeHour).orElseThrow(),
                hourly);
    }

    /** A 年度 as {@link SettingsInput#fiscalYear} reads it. */
    @Documented
    @Constraint(validatedBy = FiscalYearText.Check.class)
    @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @interface FiscalYearText {
        String message();

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<FiscalYearText, String> {
            @Override
            public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
                return value != null && SettingsInput.fiscalYear(value).isPresent();
            }
        }
    }

    /** An amount in 千円 as {@link SettingsInput#amount} reads it: 0 or more (or more than 0), blank where optional. */
    @Documented
    @Constraint(validatedBy = Amount.Check.class)
    @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @interface Amount {
        String message();

        boolean positive() default false;

        boolean optional() default false;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<Amount, String> {
            private boolean positive;
            private boolean optional;

            @Override
            public void initialize(Amount amount) {
                positive = amount.positive();
                optional = amount.optional();
            }

            @Override
            public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
                if (value == null || value.isBlank()) {
                    return optional;
                }
                return SettingsInput.amount(value).filter(v -> !positive || v.signum() > 0).isPresent();
            }
        }
    }
}
