package org.hyoka.interchange;

import java.util.ArrayList;
import java.util.List;

import org.hyoka.glossary.Field;
import org.hyoka.sheet.MunicipalityCode;

import tools.jackson.databind.JsonNode;

/** Rules of the format that sheet.schema.json cannot express, checked after the schema passes. */
final class SemanticRules {

    private SemanticRules() {
    }

    static List<SchemaProblem> check(JsonNode sheet, String prefix) {
        List<SchemaProblem> problems = new ArrayList<>();
        JsonNode code = sheet.path("municipality").path("code");
        if (code.isString() && !MunicipalityCode.isValid(code.asString())) {
            problems.add(new SchemaProblem(prefix + ".municipality.code", "check-digit",
                    Field.MUNICIPALITY_CODE.label() + "「" + code.asString()
                            + "」の検査数字（6桁目）が正しくありません。総務省のコード表で確認してください"));
        }
        int fiscalYear = sheet.path("fiscalYear").asInt();
        if (fiscalYear < 1989 || fiscalYear > 2100) {
            problems.add(new SchemaProblem(prefix + ".fiscalYear", "range",
                    Field.FISCAL_YEAR.label() + "は西暦の開始年（令和6年度なら2024）で書いてください。"
                            + fiscalYear + " は範囲外です"));
        }
        JsonNode indicators = sheet.path("indicators");
        for (int i = 0; i < indicators.size(); i++) {
            String name = indicators.get(i).path("name").asString("");
            if (name.isBlank()) {
                problems.add(new SchemaProblem(prefix + ".indicators[" + i + "].name", "minLength",
                        Field.INDICATOR_NAME.label() + "が空です。指標名のない欄は indicators に含めないでください"));
            }
        }
        return problems;
    }
}
