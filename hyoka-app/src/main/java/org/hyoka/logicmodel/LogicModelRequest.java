package org.hyoka.logicmodel;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** What the addresses of the logic model carry, checked once for page and JSON, and the answers when wrong. */
final class LogicModelRequest {

    static final String BAD_INDEX = "自治体コード（6桁の数字）と年度（西暦の4桁、例: 2024）を指定してください"
            + "（例: ?municipalityCode=082201&fiscalYear=2024）。";

    private LogicModelRequest() {
    }

    static boolean isCode(@Nullable String municipalityCode) {
        return municipalityCode != null && municipalityCode.matches("[0-9]{6}");
    }

    static Optional<Integer> year(@Nullable String fiscalYear) {
        return fiscalYear != null && fiscalYear.matches("[0-9]{4}") ? Optional.of(Integer.parseInt(fiscalYear))
                : Optional.empty();
    }

    static String notFound(String municipalityCode, String fiscalYear) {
        return "この自治体（" + municipalityCode + "）の" + fiscalYear + "年度の公開中のシートには、指定された計画の項目に"
                + "あたる事業がありません。ロジックモデルの一覧から項目を選んでください。";
    }
}
