package org.hyoka.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.hyoka.sheet.ExtraText;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.NamedAssessment;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.StrategicPlanEntry;
import org.hyoka.sheets.StoredSheet;
import org.jspecify.annotations.Nullable;

/** The Lucene document of one stored sheet: its title and every text the sheet prints. */
final class SheetDocument {

    static final String ID = "id";
    static final String MUNICIPALITY = "municipality";
    static final String FISCAL_YEAR = "fiscalYear";
    static final String FORM = "form";
    /**
     * What a project is about, for More-Like-This: the title (twice, it says the most), the purpose, the
     * activities and means, and the indicator names; not the review texts, which read alike everywhere.
     * Kuromoji words with term vectors, so that a sheet's own terms are read without analysing it again.
     */
    static final String LIKENESS = "likeness";

    private static final FieldType LIKENESS_TYPE = likenessType();

    /** Line breaks inside a text are where the PDF ran out of width, not where the author broke it. */
    private static final Pattern WRAP = Pattern.compile("[ \\t\\u3000]*\\R[ \\t\\u3000]*");

    private SheetDocument() {
    }

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    static Document of(StoredSheet stored) {
        Sheet sheet = stored.sheet();
        String title = unwrap(sheet.title());
        String body = String.join("\n", texts(sheet));
        Document document = new Document();
        document.add(new StringField(ID, Long.toString(stored.id()), Field.Store.YES));
        if (sheet.municipality() != null && sheet.municipality().code() != null) {
            document.add(new StringField(MUNICIPALITY, sheet.municipality().code().value(), Field.Store.YES));
        }
        document.add(new IntPoint(FISCAL_YEAR, sheet.fiscalYear().startYear()));
        document.add(new StringField(FORM, sheet.form().code(), Field.Store.NO));
        document.add(new TextField(SearchAnalyzers.TITLE, title, Field.Store.NO));
        document.add(new TextField(SearchAnalyzers.BODY, body, Field.Store.NO));
        // the gram fields also keep the text, for the snippets of a result page
        document.add(new TextField(SearchAnalyzers.TITLE_GRAMS, title, Field.Store.YES));
        document.add(new TextField(SearchAnalyzers.BODY_GRAMS, body, Field.Store.YES));
        document.add(new Field(LIKENESS, String.join("\n", likeness(sheet)), LIKENESS_TYPE));
        return document;
    }

    static List<String> likeness(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        add(texts, sheet.title());
        add(texts, sheet.title());
        add(texts, sheet.purpose());
        add(texts, sheet.overview());
        add(texts, sheet.means().previousYear());
        add(texts, sheet.means().currentYear());
        add(texts, sheet.activities());
        add(texts, sheet.targetGroup());
        for (Indicator indicator : sheet.indicators()) {
            add(texts, indicator.name());
        }
        return texts;
    }

    private static FieldType likenessType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setStoreTermVectors(true);
        type.freeze();
        return type;
    }

    /**
     * Every printed text of the sheet but the title, one paragraph each, in the order of the print, of
     * whichever form. The つくば市 assessment's comments are left out: they are the municipality's standard rubric phrases,
     * the same on every sheet with the same score, and would only add noise to every search.
     */
    static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        add(texts, sheet.organization().department());
        add(texts, sheet.organization().division());
        add(texts, sheet.organization().section());
        add(texts, sheet.budgetAccount().name());
        add(texts, sheet.deliveryModel());
        add(texts, sheet.category());
        sheet.legalBasis().forEach(t -> add(texts, t));
        sheet.individualPlans().forEach(t -> add(texts, t));
        for (StrategicPlanEntry entry : sheet.strategicPlan()) {
            add(texts, entry.title());
        }
        sheet.mayorPledges().forEach(t -> add(texts, t));
        add(texts, sheet.policyHierarchy().policy().name());
        add(texts, sheet.policyHierarchy().measure().name());
        add(texts, sheet.policyHierarchy().basicProject().name());
        add(texts, sheet.overview());
        add(texts, sheet.means().previousYear());
        add(texts, sheet.means().currentYear());
        add(texts, sheet.targetGroup());
        add(texts, sheet.purpose());
        add(texts, sheet.result());
        add(texts, sheet.activities());
        for (Indicator indicator : sheet.indicators()) {
            add(texts, indicator.name());
            add(texts, indicator.description());
        }
        add(texts, sheet.citizenParticipation().sharing());
        add(texts, sheet.citizenParticipation().planning());
        add(texts, sheet.citizenParticipation().implementation());
        add(texts, sheet.citizenParticipation().evaluation());
        add(texts, sheet.review().responseToPreviousIssues());
        add(texts, sheet.review().outcomes());
        add(texts, sheet.challenges().operations());
        add(texts, sheet.challenges().organizationAndBudget());
        add(texts, sheet.improvementGoal());
        // named items (the 対象・意図・結果 form's 評価観点) carry each sheet's own 所見, unlike the rubric phrases
        for (NamedAssessment item : sheet.assessmentItems()) {
            add(texts, item.verdict());
            add(texts, item.comment());
        }
        add(texts, sheet.expectedEffect().outcome());
        add(texts, sheet.expectedEffect().cost());
        add(texts, sheet.improvementIssues());
        add(texts, sheet.direction().decision());
        add(texts, sheet.direction().reason());
        add(texts, sheet.managerOpinion().direction());
        add(texts, sheet.managerOpinion().summary());
        for (ExtraText extra : sheet.extraTexts()) {
            add(texts, extra.text());
        }
        return texts;
    }

    private static void add(List<String> texts, @Nullable String text) {
        if (text != null && !text.isBlank()) {
            texts.add(unwrap(text));
        }
    }

    static String unwrap(String text) {
        return WRAP.matcher(text.strip()).replaceAll("");
    }
}
