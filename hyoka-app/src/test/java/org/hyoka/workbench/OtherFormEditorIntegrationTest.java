package org.hyoka.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.hyoka.evaluation.EvaluationService;
import org.hyoka.fixtures.TaishoSheets;
import org.hyoka.imports.ImportOptions;
import org.hyoka.imports.OnMatch;
import org.hyoka.imports.SheetImports;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.revision.FieldChange;
import org.hyoka.revision.SheetDiff;
import org.hyoka.sheet.Sheet;
import org.hyoka.testing.CoreWebTest;
import org.hyoka.testing.SignedInAs;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The division's editor on a sheet of the 対象・意図・結果 form (an imported 大船渡市 sheet, schema 1.1): the
 * page posts back what it rendered, so a value without an input would be lost here. It is not: opened and
 * saved unchanged the sheet keeps every value; an edit changes exactly what was edited, in the form's words.
 */
@CoreWebTest
class OtherFormEditorIntegrationTest {

    static final String CITY = TaishoSheets.libraryMaterials().municipality().code().value();
    static final String DIVISION = "教育委員会事務局生涯学習課";
    static final Actor OFFICE = new Actor("office", Role.ADMINISTRATOR, CITY, null);
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final SheetJson JSON = new SheetJson();

    @Autowired
    MockMvc mvc;

    @Autowired
    EvaluationService evaluation;

    @Autowired
    SheetImports imports;

    static RequestPostProcessor editor() {
        return SignedInAs.editor(CITY, DIVISION);
    }

    /** TaishoSheets.libraryMaterials() imported as a draft of its city under a title of its own: its id. */
    long importedDraft() {
        Sheet sheet = retitled(TaishoSheets.libraryMaterials(), "図書館資料整備事業 試験" + NEXT.incrementAndGet());
        return imports.importAll(List.of(sheet), ImportOptions.office(OFFICE, null, false, OnMatch.ADD, Map.of()))
                .sheets().get(0).sheetId();
    }

    static Sheet retitled(Sheet sheet, String title) {
        String json = JSON.write(sheet).replace("\"" + sheet.title() + "\"", "\"" + title + "\"");
        return ((ReadResult.Valid) JSON.read(json)).sheets().get(0);
    }

    Sheet revision(long id, int number) {
        return evaluation.revision(id, number, OFFICE).orElseThrow().sheet();
    }

    String body(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** Posts the form exactly as the page rendered it, with these changes. */
    MockHttpServletResponse saveAsRendered(long id, Map<String, String> changes) throws Exception {
        Map<String, String> values = new LinkedHashMap<>(RenderedForm.of(body(get("/workbench/sheets/" + id + "/edit")
                .with(editor()))));
        values.putAll(changes);
        MockHttpServletRequestBuilder request = post("/workbench/sheets/" + id + "/edit");
        values.forEach(request::param);
        return mvc.perform(request.with(editor()).with(csrf())).andReturn().getResponse();
    }

    @Test
    void aSheetOfTheOtherFormOpenedAndSavedUnchangedKeepsEveryValue() throws Exception {
        long id = importedDraft();
        Sheet imported = revision(id, 1);
        assertThat(imported.schemaVersion()).isEqualTo("1.1");

        MockHttpServletResponse saved = saveAsRendered(id, Map.of());

        assertThat(saved.getStatus()).as(saved.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(302);
        Sheet now = evaluation.working(id, OFFICE).orElseThrow().sheet();
        assertThat(JSON.write(now)).isEqualTo(JSON.write(imported));
        assertThat(SheetDiff.between(imported, now)).isEmpty();
    }

    @Test
    void theEditorSpeaksTheFormsOwnWordsAndOffersOnlyWhatTheFormHas() throws Exception {
        long id = importedDraft();
        String page = body(get("/workbench/sheets/" + id + "/edit").with(editor()));
        // kept for a look in a browser (target/other-form-editor.html)
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "other-form-editor.html"), page);
        assertThat(page).contains(">意図</label>").doesNotContain(">目的</label>")
                .contains(">手段（前年度実績）</label>", ">結果</label>", ">事務事業の概要</label>", ">課長等意見（全体総括）</label>")
                .contains("name=\"means.previousYear\"", "name=\"policyHierarchy.basicProject.name\"", "name=\"projectId\"")
                // the eight 評価観点 as rows, with rows to add
                .contains("value=\"公共関与の妥当性\"", "name=\"assessmentItems[1].verdict\"", "name=\"assessmentItems[3].name\"")
                .contains("name=\"extraTexts[0].label\"", "value=\"この事務事業を開始したきっかけ\"", "name=\"extraTexts[1].text\"")
                // up to nine indicators, with their symbols and the form's kinds
                .contains("name=\"indicators[3].symbol\"", "value=\"サ\"", "name=\"indicators[9].name\"")
                .doesNotContain("name=\"indicators[10].name\"")
                .contains("<option value=\"対象指標\" selected>対象指標</option>", ">参考指標</option>")
                // cost years with the form's own rows
                .contains("name=\"costs[2024].workHours\"", "name=\"costs[2024].totalCost\"", "name=\"costs[2024].nationalTreasury\"",
                        "name=\"costs[2024].projectCost\"", "name=\"costs[2024].staffCount\"", "name=\"costs[2024].localBonds\"",
                        "name=\"costs[2024].prefecturalDisbursement\"")
                .contains(">トータルコスト（A）＋（B）")
                // what this form does not have is not offered
                .doesNotContain("name=\"citizenParticipation.sharing\"", "name=\"assessment.citizenNeeds.score\"",
                        "name=\"strategicPlan[0].code\"", "name=\"sdgs.1\"", "name=\"costs[2024].staffFte\"");
    }

    @Test
    void editingTheIntentAndOneVerdictSavesExactlyThatChangeLabelledInTheFormsWords() throws Exception {
        long id = importedDraft();
        MockHttpServletResponse saved = saveAsRendered(id, Map.of("purpose", "必要な資料をいつでも利用できる。",
                "assessmentItems[1].verdict", "見直しが必要"));
        assertThat(saved.getStatus()).as(saved.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(302);

        List<FieldChange> changes = SheetDiff.between(revision(id, 1), revision(id, 2));
        assertThat(changes).extracting(FieldChange::path).containsExactly("purpose", "assessmentItems[1].verdict");
        assertThat(changes).extracting(FieldChange::label).containsExactly("意図", "評価観点 2 判定");
        assertThat(revision(id, 2).assessmentItems().get(1).verdict()).isEqualTo("見直しが必要");

        String history = body(get("/workbench/sheets/" + id + "/history").param("from", "1").param("to", "2")
                .with(editor()));
        assertThat(history).contains("<th scope=\"row\">意図</th>", "<th scope=\"row\">評価観点 2 判定</th>")
                .contains("見直しが必要");
    }

    @Test
    void aRowAddedToTheAssessmentIsSavedAndARowWithoutItsNameIsRefusedWithALinkToIt() throws Exception {
        long id = importedDraft();
        MockHttpServletResponse added = saveAsRendered(id, Map.of("assessmentItems[2].name", "対象・意図の妥当性",
                "assessmentItems[2].verdict", "妥当である", "extraTexts[1].label", "状況の変化",
                "extraTexts[1].text", "利用者が増えた。"));
        assertThat(added.getStatus()).isEqualTo(302);
        Sheet now = revision(id, 2);
        assertThat(now.assessmentItems()).hasSize(3);
        assertThat(now.assessmentItems().get(2).name()).isEqualTo("対象・意図の妥当性");
        assertThat(now.extraTexts()).hasSize(2);

        MockHttpServletResponse nameless = saveAsRendered(id, Map.of("assessmentItems[4].verdict", "妥当である"));
        assertThat(nameless.getStatus()).isEqualTo(422);
        assertThat(nameless.getContentAsString(StandardCharsets.UTF_8)).contains("href=\"#f-assessmentItems-4-name\"");
        assertThat(evaluation.working(id, OFFICE).orElseThrow().revision()).isEqualTo(2);
    }
}
