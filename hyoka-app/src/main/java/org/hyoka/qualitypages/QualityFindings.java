package org.hyoka.qualitypages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hyoka.arithmetic.Finding;
import org.hyoka.glossary.Field;
import org.hyoka.quality.ProseText;
import org.hyoka.quality.QualityRule;
import org.hyoka.quality.SheetQuality;
import org.hyoka.rubric.Rubric;
import org.hyoka.sheet.Sheet;
import org.hyoka.workflow.Owner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The quality findings of one sheet: a published sheet's from the derived tables (two queries by sheet id,
 * cheap enough to make on every request, so they are never stale when another sheet copies a text), a
 * draft's from its document with its city's rubric. Copies count only against published sheets of the same
 * municipality and year: what the public can see, and nothing of another city.
 */
@Component
public class QualityFindings {

    /** The published sheets of the sheet's city and year that hold the same text in the same field. */
    private static final String COPIES_OF_PUBLISHED = "SELECT t.field, os.sheet_number, os.title FROM sheet_text t "
            + "JOIN sheet s ON s.id = t.sheet_id "
            + "JOIN sheet_text o ON o.text_hash = t.text_hash AND o.field = t.field AND o.sheet_id <> t.sheet_id "
            + "JOIN sheet os ON os.id = o.sheet_id "
            + "WHERE t.sheet_id = ? AND s.status = 'published' AND os.status = 'published' "
            + "AND os.municipality_code = s.municipality_code AND os.fiscal_year = s.fiscal_year "
            + "ORDER BY t.position, os.sheet_number";

    private final JdbcTemplate jdbc;

    QualityFindings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A published sheet's findings; none for a sheet that is not published (the public sees nothing of it). */
    List<SheetFinding> ofPublished(long sheetId) {
        List<SheetFinding> findings = new ArrayList<>(jdbc.query("SELECT f.rule, f.message FROM sheet_quality_finding f "
                + "JOIN sheet s ON s.id = f.sheet_id WHERE f.sheet_id = ? AND s.status = 'published' ORDER BY f.position",
                (row, n) -> {
                    String message = row.getString("message");
                    return QualityRule.byId(row.getString("rule")).map(rule -> new SheetFinding(rule, message));
                },
                sheetId).stream().flatMap(java.util.Optional::stream).toList());
        Map<String, List<String>> copies = new TreeMap<>();
        jdbc.query(COPIES_OF_PUBLISHED, row -> {
            copies.computeIfAbsent(row.getString("field"), f -> new ArrayList<>())
                    .add(name(row.getString("sheet_number"), row.getString("title")));
        }, sheetId);
        copies.forEach((field, others) -> findings.add(copied(field, others)));
        return findings;
    }

    /**
     * A draft's findings before it is submitted: its own with its city's rubric, and the published sheets of
     * its city and year it copies a text from.
     */
    public List<SheetFinding> ofDraft(long sheetId, Sheet draft, Rubric rubric) {
        List<SheetFinding> findings = new ArrayList<>();
        for (Finding finding : SheetQuality.ofSheet(draft, rubric)) {
            QualityRule.byId(finding.ruleId()).ifPresent(rule -> findings.add(new SheetFinding(rule, finding.message())));
        }
        List<ProseText> texts = ProseText.of(draft);
        if (texts.isEmpty()) {
            return findings;
        }
        String code = Owner.codeOf(draft);
        Map<String, List<String>> copies = new TreeMap<>();
        for (ProseText text : texts) {
            jdbc.query("SELECT s.sheet_number, s.title FROM sheet_text t JOIN sheet s ON s.id = t.sheet_id "
                    + "WHERE t.text_hash = ? AND t.field = ? AND t.sheet_id <> ? AND s.status = 'published' "
                    + "AND s.municipality_code = ? AND s.fiscal_year = ? ORDER BY s.sheet_number", row -> {
                        copies.computeIfAbsent(text.field().path(), f -> new ArrayList<>())
                                .add(name(row.getString("sheet_number"), row.getString("title")));
                    }, text.hash(), text.field().path(), sheetId, code, draft.fiscalYear().startYear());
        }
        copies.forEach((field, others) -> findings.add(copied(field, others)));
        return Collections.unmodifiableList(findings);
    }

    private static SheetFinding copied(String fieldPath, List<String> others) {
        // 業務 alone does not say where on the sheet: 課題（業務）, as the lint names it
        int dot = fieldPath.indexOf('.');
        String own = Field.byPath(fieldPath).map(Field::label).orElse(fieldPath);
        String label = dot < 0 ? own : Field.byPath(fieldPath.substring(0, dot))
                .map(parent -> parent.label() + "（" + own + "）").orElse(own);
        List<String> distinct = others.stream().distinct().toList();
        String named = String.join("、", distinct.subList(0, Math.min(3, distinct.size())))
                + (distinct.size() > 3 ? " ほか" + (distinct.size() - 3) + "件" : "");
        return new SheetFinding(QualityRule.COPIED_TEXT, label + "が" + named + "と同じ文です");
    }

    private static String name(String number, String title) {
        return (number == null ? "" : "（番号" + number + "）") + "「" + title + "」";
    }
}
