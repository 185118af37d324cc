package org.hyoka.workbench;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.hyoka.workflow.Owner;
import org.hyoka.excel.NotRepresentableException;
import org.hyoka.excel.SheetWorkbookWriter;
import org.hyoka.settings.EvaluationSettings;
import org.hyoka.sheet.FiscalYear;
import org.hyoka.sheet.Sheet;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The workbench's Excel downloads: a sheet in any state the user may open (scoped by
 * {@link Workbench#open}, so a division sees only its own drafts), and the blank form of a year for
 * a division to fill in and upload. The formulas use the office's unit costs as they are now.
 */
@Controller
class WorkbookController {

    private static final MediaType XLSX = MediaType.parseMediaType(SheetWorkbookWriter.CONTENT_TYPE);
    /** Years a template is made for: the form's 和暦 labels and unit costs make sense in this range. */
    private static final int FIRST_YEAR = 2019;
    private static final int LAST_YEAR = 2099;

    private final Workbench workbench;
    private final EvaluationSettings settings;

    WorkbookController(Workbench workbench, EvaluationSettings settings) {
        this.workbench = workbench;
        this.settings = settings;
    }

    @GetMapping("/workbench/sheets/{id}.xlsx")
    ModelAndView sheet(@PathVariable String id, HttpServletRequest request) {
        Workbench.Opened opened = workbench.open(id, request);
        if (opened instanceof Workbench.Opened.Refused refused) {
            return refused.page();
        }
        Sheet sheet = ((Workbench.Opened.Ready) opened).working().sheet();
        try {
            return download(new SheetWorkbookWriter(settings.unitCosts(Owner.codeOf(sheet))).write(sheet), SheetWorkbookWriter.fileName(sheet));
        } catch (NotRepresentableException e) {
            return Workbench.message(HttpStatus.UNPROCESSABLE_CONTENT, "Excel にできません",
                    "このシートは Excel の様式に収まりません: " + e.getMessage());
        }
    }

    @GetMapping("/workbench/template.xlsx")
    ModelAndView template(@RequestParam(defaultValue = "") String year, HttpServletRequest request) {
        // the template carries its city's unit costs; the operator has no city
        Optional<String> city = workbench.chrome(request).flatMap(c -> c.actor().ownMunicipality());
        if (city.isEmpty()) {
            return Workbench.forbidden();
        }
        Optional<Integer> fiscalYear = Workbench.number(year).filter(y -> y >= FIRST_YEAR && y <= LAST_YEAR);
        if (fiscalYear.isEmpty()) {
            return Workbench.message(HttpStatus.BAD_REQUEST, "年度を指定してください",
                    "ひな形の年度を西暦で指定してください（例: ?year=2025、" + FIRST_YEAR + "～" + LAST_YEAR + "）。");
        }
        FiscalYear fy = FiscalYear.of(fiscalYear.get());
        return download(new SheetWorkbookWriter(settings.unitCosts(city.get())).blank(fy, null),
                SheetWorkbookWriter.templateFileName(fy));
    }

    /** The bytes as an attachment, through a view, so that every handler here answers with a ModelAndView. */
    private static ModelAndView download(byte[] xlsx, String fileName) {
        View view = new View() {
            @Override
            public String getContentType() {
                return XLSX.toString();
            }

            @Override
            public void render(java.util.Map<String, ?> model, HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
                response.setContentType(XLSX.toString());
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
                response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
                response.setContentLength(xlsx.length);
                response.getOutputStream().write(xlsx);
            }
        };
        return new ModelAndView(view);
    }
}
