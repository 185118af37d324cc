package org.hyoka.sheet;

import java.util.Arrays;
import java.util.Optional;

/**
 * The printed form a sheet was written on. Forms share the core of a sheet (事務事業名, 担当課, 指標, コスト,
 * 方向性) and differ in what else they print and what they call it; the glossary keeps each form's labels
 * ({@code org.hyoka.glossary.FormLabels}). A 1.0 document names no form: it is the つくば市 form.
 */
public enum SheetForm {
    /** つくば市's 事務事業マネジメントシート (SHEET_FORMAT.md): 目的・事業の概要, four scored items, 方向性. */
    TSUKUBA("tsukuba", "事務事業マネジメントシート（つくば市様式）"),
    /** The widespread form built on 手段・対象・意図・結果, 活動・対象・成果指標 and eight 評価観点 (大船渡市 and others). */
    TAISHO_ITO_KEKKA("taisho-ito-kekka", "事務事業評価シート（対象・意図・結果様式）"),
    /** A list of projects with a few figures each (事業名, 担当課, 予算額・決算額, 指標, 方向性). */
    SIMPLE_LIST("simple-list", "事務事業一覧");

    private final String code;
    private final String label;

    SheetForm(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The value in the interchange format's {@code form}. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<SheetForm> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code.strip())).findFirst();
    }
}
