package org.hyoka.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hyoka.fixtures.Fixtures;
import org.hyoka.sheet.Assessment;
import org.hyoka.sheet.BudgetAccount;
import org.hyoka.sheet.Challenges;
import org.hyoka.sheet.CitizenParticipation;
import org.hyoka.sheet.FiscalYear;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Organization;
import org.hyoka.sheet.Period;
import org.hyoka.sheet.ProjectDirection;
import org.hyoka.sheet.Review;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.StoredSheet;

/**
 * The eight つくば市 seed sheets as stored sheets with ids 1–8, each carrying its printed title and
 * the whole text layer of its two pages as text, so the index sees every word the seed prints.
 */
final class SeedSheets {

    static final List<String> TITLES = List.of(
            "情報通信ネットワーク運営業務",
            "庁内情報化事業(イントラとパソコンの整備）",
            "基幹電算業務運営事業",
            "証拠に基づく政策立案（ＥＢＰＭ）の推進",
            "業務改善推進事業",
            "保有データの活用環境整備",
            "つくばデジタル・ガバメント推進体制の活用",
            "情報化推進事業");

    private static final String HEADER = "\n事務事業マネジメントシート\n";

    private SeedSheets() {
    }

    static List<StoredSheet> all() {
        List<String> texts = pages(Fixtures.seedText());
        List<StoredSheet> sheets = new ArrayList<>();
        for (int i = 0; i < TITLES.size(); i++) {
            Sheet sheet = textOnly(TITLES.get(i), texts.get(i));
            sheets.add(new StoredSheet(i + 1, sheet, Instant.EPOCH));
        }
        return sheets;
    }

    /** The seed's text cut at each sheet's header: eight pieces, one a sheet. */
    static List<String> pages(String seed) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        int next = seed.indexOf(HEADER, seed.indexOf(HEADER) + 1);
        while (next >= 0) {
            pieces.add(seed.substring(from, next));
            from = next;
            next = seed.indexOf(HEADER, next + 1);
        }
        pieces.add(seed.substring(from));
        if (pieces.size() != TITLES.size()) {
            throw new IllegalStateException("expected 8 sheets in the seed, found " + pieces.size());
        }
        return pieces;
    }

    /** A つくば市 sheet of 令和6年度 with nothing but a title and one text. */
    static Sheet textOnly(String title, String text) {
        return new Sheet(new Municipality(new MunicipalityCode("082201"), "つくば市"), FiscalYear.of(2024), null,
                title, BudgetAccount.NONE, Organization.NONE, Period.NONE, null, null, null, List.of(), List.of(),
                List.of(), List.of(), List.of(), null, null, text, List.of(), List.of(), CitizenParticipation.NONE,
                Review.NONE, Assessment.NONE, Challenges.NONE, null, ProjectDirection.NONE);
    }
}
