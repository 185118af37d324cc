package org.hyoka.tables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Looks at an uploaded workbook before POI opens it: an .xlsx is a ZIP, so a small file can inflate to
 * gigabytes; the guard inflates every entry itself, counting, and stops at the caps. Encrypted
 * (password-protected) workbooks and old .xls files are OLE2 files, not ZIPs; macro-enabled workbooks
 * carry a VBA project; external links would make a reader fetch other files. All are refused.
 */
final class WorkbookGuard {

    static final long MAX_INFLATED_BYTES = 200L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    static final int MAX_ENTRIES = 10_000;
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    sealed interface Verdict {
        record Acceptable() implements Verdict {
        }

        record Refused(String reason) implements Verdict {
        }
    }

    private WorkbookGuard() {
    }

    static Verdict check(byte[] content) {
        if (startsWith(content, OLE2)) {
            return new Verdict.Refused("パスワードで保護されたブックか、古い形式（.xls）のファイルです。"
                    + "パスワードを外し、Excelブック（.xlsx）として保存し直してください。");
        }
        if (!startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return new Verdict.Refused("Excelのブック（.xlsx）ではありません。");
        }
        long limit = Math.min(MAX_INFLATED_BYTES, (long) content.length * MAX_RATIO);
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        // commons-compress, as POI itself: it reads the stored entries with data descriptors that POI writes
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    return new Verdict.Refused("ブックの中のファイルが多すぎます（上限 " + MAX_ENTRIES + "）。");
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith("vbaproject.bin")) {
                    return new Verdict.Refused("マクロを含むブック（.xlsm）は取り込めません。マクロなしのExcelブック（.xlsx）として保存し直してください。");
                }
                if (name.startsWith("xl/externallinks/")) {
                    return new Verdict.Refused("ほかのファイルへのリンク（外部参照）を含むブックは取り込めません。リンクを解除してから保存し直してください。");
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    if (inflated > limit) {
                        return new Verdict.Refused("展開すると大きすぎるブックです（圧縮率か展開後の大きさが上限を超えます）。");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return new Verdict.Refused("壊れたブックです（ZIPとして読めません）。");
        }
        if (entries == 0) {
            return new Verdict.Refused("壊れたブックか、Excelのブック（.xlsx）ではありません。");
        }
        return new Verdict.Acceptable();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
