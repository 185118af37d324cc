package org.hyoka.settings;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The population as the office types it on /settings/population: digits with commas, full-width too;
 * the source as free text (住民基本台帳, 令和2年国勢調査); the date as 2026-04-01 or 2026/4/1.
 */
record PopulationForm(
        @Pattern(regexp = "[\\s　]*[0-9０-９][0-9０-９,，]{0,11}[\\s　]*",
                message = "人口は 235134 のように数字で入力してください。") String population,
        @NotBlank(message = "人口の出典（住民基本台帳、国勢調査など）を入力してください。")
        @Size(max = 200, message = "出典は200文字以内で入力してください。") String source,
        @Pattern(regexp = "[\\s　]*[0-9０-９]{4}[-/－／][0-9０-９]{1,2}[-/－／][0-9０-９]{1,2}[\\s　]*",
                message = "時点は 2026-04-01 のように年-月-日で入力してください。") String asOf) {

    static final List<String> FIELDS = List.of("population", "source", "asOf");

    PopulationForm(@Nullable String population, @Nullable String source, @Nullable String asOf) {
        this.population = population == null ? "" : population;
        this.source = source == null ? "" : source;
        this.asOf = asOf == null ? "" : asOf;
    }

    List<String> entered() {
        return List.of(population, source, asOf);
    }

    /** What the web edge's validation found, in the page's order of fields. */
    static List<String> problems(Errors errors) {
        List<String> problems = new ArrayList<>();
        for (String field : FIELDS) {
            errors.getFieldErrors(field).stream().map(e -> String.valueOf(e.getDefaultMessage())).sorted()
                    .forEach(problems::add);
        }
        return problems;
    }
}
