package org.hyoka.workbench;

import java.util.List;
import java.util.Map;

import org.hyoka.evaluation.WorkingSheet;
import org.hyoka.publish.SheetPdf;
import org.hyoka.workflow.EvaluationState;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * /workbench/sheets/{id}.pdf: the working revision printed as the form, for whoever may open the
 * sheet in the workbench (the same {@link Workbench#open} as every other handler). A revision that
 * is not the published one is marked 作成中 on every page.
 */
@Controller
class WorkbenchPdfController {

    private final Workbench workbench;

    WorkbenchPdfController(Workbench workbench) {
        this.workbench = workbench;
    }

    @GetMapping("/workbench/sheets/{id}.pdf")
    ModelAndView pdf(@PathVariable String id, HttpServletRequest request) {
        Workbench.Opened opened = workbench.open(id, request);
        if (opened instanceof Workbench.Opened.Refused refused) {
            return refused.page();
        }
        Workbench.Opened.Ready ready = (Workbench.Opened.Ready) opened;
        WorkingSheet working = ready.working();
        boolean draft = working.state() != EvaluationState.PUBLISHED
                || working.publishedRevision() == null || working.publishedRevision() != working.revision();
        byte[] bytes = SheetPdf.render(List.of(working.sheet()), draft).bytes();
        return new ModelAndView(new PdfView(bytes, "sheet-" + ready.id() + (draft ? "-draft" : "") + ".pdf"));
    }

    /** The PDF as the handler's view, so that refusals and the document share one return type. */
    private record PdfView(byte[] bytes, String filename) implements View {

        @Override
        public String getContentType() {
            return MediaType.APPLICATION_PDF_VALUE;
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws java.io.IOException {
            response.setContentType(MediaType.APPLICATION_PDF_VALUE);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.inline().filename(filename).build().toString());
            // a draft is the office's working paper: never kept by a shared cache
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
