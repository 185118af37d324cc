package org.hyoka.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Looks at a file's container before POI parses any of it: what kind of file it is (OOXML, an
 * encrypted OOXML inside OLE2, a legacy .xls), and, by inflating every ZIP entry into a counter
 * only, whether it is a zip bomb, macro-enabled or linked to other workbooks. Our own scan has
 * its limits per call; POI's ZipSecureFile limits are JVM-wide, so they stay at POI's defaults
 * (ratio 1 %) as a second line, and are not changed here for every other user of POI in the process.
 */
final class WorkbookGate {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private WorkbookGate() {
    }

    static boolean looksLikeWorkbook(byte[] bytes) {
        return startsWith(bytes, ZIP) || startsWith(bytes, OLE2);
    }

    static Optional<WorkbookRead.Refused> check(byte[] bytes, WorkbookLimits limits) {
        if (bytes.length == 0) {
            return refuse("ファイルが空です。");
        }
        if (bytes.length > limits.maxFileBytes()) {
            return refuse("ファイルが大きすぎます（上限 " + limits.maxFileBytes() / (1024 * 1024) + "MB）。"
                    + "事務事業マネジメントシート1枚のブックはこれよりずっと小さいはずです。");
        }
        if (startsWith(bytes, OLE2)) {
            return Optional.of(ole2(bytes));
        }
        if (!startsWith(bytes, ZIP)) {
            return refuse("Excel ブック（.xlsx）ではありません。Hyoka のひな形に記入して .xlsx で保存したファイルを選んでください。");
        }
        return scanZip(bytes, limits);
    }

    /** OLE2 is either an encrypted (password-protected) OOXML workbook or an old binary file. */
    private static WorkbookRead.Refused ole2(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return new WorkbookRead.Refused("パスワードで保護（暗号化）されたブックは読み取れません。"
                        + "Excel で「ファイル＞情報＞ブックの保護」からパスワードを外して保存し直してください。");
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return new WorkbookRead.Refused("Excel 97-2003 形式（.xls）のブックは読み取れません。"
                        + "Hyoka のひな形（.xlsx）に記入してください。");
            }
        } catch (IOException | RuntimeException notOle2) {
            // fall through: an OLE2 header over anything else is simply not a workbook
        }
        return new WorkbookRead.Refused("Excel ブック（.xlsx）ではありません。");
    }

    private static Optional<WorkbookRead.Refused> scanZip(byte[] bytes, WorkbookLimits limits) {
        Set<String> names = new HashSet<>();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (names.size() >= limits.maxEntries()) {
                    return refuse("ブックの部品が多すぎます（上限 " + limits.maxEntries() + "）。Hyoka のシートではありません。");
                }
                if (!names.add(name.toLowerCase(Locale.ROOT))) {
                    return refuse("ブックの中に同じ名前の部品が二つあります（" + name + "）。壊れたファイルです。");
                }
                Optional<WorkbookRead.Refused> byName = byName(name);
                if (byName.isPresent()) {
                    return byName;
                }
                long inflated = 0;
                boolean contentTypes = name.equals("[Content_Types].xml");
                StringBuilder types = new StringBuilder();
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    total += n;
                    if (inflated > limits.maxEntryBytes() || total > limits.maxInflatedBytes()) {
                        return bomb(limits);
                    }
                    if (contentTypes) {
                        types.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                }
                long compressed = entry.getCompressedSize();
                if (inflated > limits.ratioGraceBytes() && (compressed <= 0
                        || (double) inflated / compressed > limits.maxRatio())) {
                    return bomb(limits);
                }
                if (contentTypes && types.toString().toLowerCase(Locale.ROOT).contains("macroenabled")) {
                    return macro();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return refuse("ブックを開けません（ZIP として壊れています）。Excel で開いて保存し直してください。");
        }
        if (total > limits.ratioGraceBytes() && (double) total / bytes.length > limits.maxRatio()) {
            return bomb(limits);
        }
        if (!names.contains("[content_types].xml") || !names.contains("xl/workbook.xml")) {
            return refuse("Excel ブック（.xlsx）ではありません（ZIP ですが、ブックの部品がありません）。");
        }
        return Optional.empty();
    }

    private static Optional<WorkbookRead.Refused> byName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("vbaproject.bin") || lower.startsWith("xl/macrosheets/") || lower.endsWith("vbadata.xml")) {
            return macro();
        }
        if (lower.startsWith("xl/externallinks/")) {
            return refuse("他のブックへの外部リンクがあるブックは読み取れません。Excel の「データ＞リンクの編集」で"
                    + "リンクを解除してから保存し直してください。");
        }
        return Optional.empty();
    }

    private static Optional<WorkbookRead.Refused> macro() {
        return refuse("マクロを含むブック（.xlsm など）は受け付けません。マクロのない .xlsx で保存し直してください。");
    }

    private static Optional<WorkbookRead.Refused> bomb(WorkbookLimits limits) {
        return refuse("ブックを展開すると大きくなりすぎます（展開後の上限 " + limits.maxInflatedBytes() / (1024 * 1024)
                + "MB、圧縮率の上限 " + (int) limits.maxRatio() + " 倍）。ZIP 爆弾の疑いがあるため読み取りません。");
    }

    private static Optional<WorkbookRead.Refused> refuse(String reason) {
        return Optional.of(new WorkbookRead.Refused(reason));
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
