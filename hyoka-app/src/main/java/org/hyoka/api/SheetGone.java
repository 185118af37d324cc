package org.hyoka.api;

import org.hyoka.sheets.WithdrawnSheet;

/** A sheet the office withdrew from the public: the API answers 410 with the reason and date. */
final class SheetGone extends RuntimeException {

    private final transient WithdrawnSheet sheet;

    SheetGone(WithdrawnSheet sheet) {
        super("このシートは" + java.time.format.DateTimeFormatter.ofPattern("uuuu年M月d日").format(sheet.withdrawnOn())
                + "に公開を取り消しました。取消の理由：" + sheet.reason(), null, false,
                false);
        this.sheet = sheet;
    }

    WithdrawnSheet sheet() {
        return sheet;
    }
}
