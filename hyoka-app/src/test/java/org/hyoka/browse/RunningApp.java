package org.hyoka.browse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.hyoka.app.HyokaApplication;
import org.hyoka.fixtures.SheetBuilder;
import org.hyoka.fixtures.TaishoSheets;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.SheetQuery;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.SheetSummary;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real application on a random port, with the sample つくば市 sheets it loads on first start,
 * plus 60 sheets of 札幌市 (to page through), one 千代田区 sheet whose texts are markup (to see
 * it escaped) and one 大船渡市 sheet of the 対象・意図・結果 form (schema 1.1, to see both forms side by side). Every page test extends this, so they share one running server.
 */
@SpringBootTest(classes = HyokaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:pages${hyoka.h2.dialect};DB_CLOSE_DELAY=-1",
            "hyoka.data-dir=target/pages-test-data",
            "hyoka.sample-data.enabled=true"})
public abstract class RunningApp {

    static final String SAPPORO = "011002";
    static final String CHIYODA = "131016";
    /** 大船渡市, the city of the 対象・意図・結果 fixture. */
    static final String OFUNATO = TaishoSheets.libraryMaterials().municipality().code().value();
    static final String HOSTILE_TITLE = "<script>alert('title')</script>監視カメラ運用業務";
    static final String HOSTILE_TEXT = "<img src=x onerror=alert(1)>庁舎の監視カメラを更新する。";

    private static boolean extraSheetsSaved;

    @LocalServerPort
    protected int port;

    @Autowired
    SheetRepository repository;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    protected void saveExtraSheetsOnce() {
        synchronized (RunningApp.class) {
            if (extraSheetsSaved) {
                return;
            }
            List<Sheet> sheets = new ArrayList<>();
            for (int i = 1; i <= 60; i++) {
                sheets.add(SheetBuilder.aSheet().inFiscalYear(2022).titled(String.format("札幌の事業%03d", i))
                        .build().withMunicipality(new Municipality(new MunicipalityCode(SAPPORO), "札幌市")));
            }
            Sheet hostile = SheetBuilder.aSheet().inFiscalYear(2023).titled(HOSTILE_TITLE).build()
                    .withMunicipality(new Municipality(new MunicipalityCode(CHIYODA), "千代田区"));
            sheets.add(withActivities(hostile, HOSTILE_TEXT));
            sheets.add(TaishoSheets.libraryMaterials());
            repository.saveAll(sheets);
            extraSheetsSaved = true;
        }
    }

    private static Sheet withActivities(Sheet s, String activities) {
        return new Sheet(s.municipality(), s.fiscalYear(), s.sheetNumber(), s.title(), s.budgetAccount(),
                s.organization(), s.period(), s.continuity(), s.deliveryModel(), s.category(), s.legalBasis(),
                s.individualPlans(), s.strategicPlan(), s.mayorPledges(), s.sdgs(), s.targetGroup(), s.purpose(),
                activities, s.indicators(), s.costs(), s.citizenParticipation(), s.review(), s.assessment(),
                s.challenges(), s.improvementGoal(), s.direction());
    }

    HttpResponse<String> get(String pathAndQuery) {
        return get(pathAndQuery, null);
    }

    HttpResponse<String> get(String pathAndQuery, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(pathAndQuery))).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected String url(String pathAndQuery) {
        return "http://localhost:" + port + pathAndQuery;
    }

    long idOf(String title) {
        return repository.list(SheetQuery.all(SheetQuery.MAX_SIZE)).items().stream()
                .filter(s -> s.title().equals(title)).mapToLong(SheetSummary::id).findFirst()
                .orElseThrow(() -> new AssertionError("no sheet titled " + title));
    }
}
