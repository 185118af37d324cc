package org.hyoka.workbench;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hyoka.workflow.Actor;
import org.hyoka.evaluation.EvaluationService;
import org.hyoka.evaluation.ProgressBoard;
import org.hyoka.evaluation.ProgressRow;
import org.hyoka.sheets.SheetQuery;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.SheetSort;
import org.hyoka.workflow.EvaluationState;
import org.hyoka.workflow.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/** /workbench/progress and its CSV: the office's (and reviewers') view of their own city's year of evaluation. */
@Controller
class ProgressController {

    private final Workbench workbench;
    private final EvaluationService evaluation;
    private final SheetRepository sheets;

    ProgressController(Workbench workbench, EvaluationService evaluation, SheetRepository sheets) {
        this.workbench = workbench;
        this.evaluation = evaluation;
        this.sheets = sheets;
    }

    /** The board with the office's deadline for the year, where the service left it open. */
    private ProgressBoard board(Choice choice) {
        return evaluation.progress(choice.actor(), choice.fiscalYear());
    }

    @GetMapping("/workbench/progress")
    ModelAndView progress(@RequestParam(defaultValue = "") String municipalityCode,
            @RequestParam(defaultValue = "") String fiscalYear, HttpServletRequest request) {
        Optional<Chrome> chrome = workbench.chrome(request, Role.ADMINISTRATOR, Role.REVIEWER);
        if (chrome.isEmpty()) {
            return Workbench.forbidden();
        }
        if (otherCity(chrome.get(), municipalityCode)) {
            return Workbench.message(HttpStatus.FORBIDDEN, "他の自治体の進捗は見られません", refusal(chrome.get()));
        }
        Choice choice = choose(chrome.get().actor(), fiscalYear);
        ProgressBoard board = board(choice);
        ModelAndView view = Workbench.page("progress", chrome.get(), Map.of("page", new ProgressPage(board,
                choice.municipality(), chrome.get().cityName(), choice.fiscalYears(), Dates.today(),
                choice.problems())));
        view.setStatus(choice.problems().isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
        return view;
    }

    /** UTF-8 with a byte order mark, which is what makes Excel on Japanese Windows read it as UTF-8. */
    @GetMapping("/workbench/progress.csv")
    ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "") String municipalityCode,
            @RequestParam(defaultValue = "") String fiscalYear, HttpServletRequest request) {
        Optional<Chrome> chrome = workbench.chrome(request, Role.ADMINISTRATOR, Role.REVIEWER);
        if (chrome.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN)
                    .body("権限がありません".getBytes(StandardCharsets.UTF_8));
        }
        if (otherCity(chrome.get(), municipalityCode)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(refusal(chrome.get()).getBytes(StandardCharsets.UTF_8));
        }
        Choice choice = choose(chrome.get().actor(), fiscalYear);
        if (!choice.problems().isEmpty()) {
            return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(String.join("\n", choice.problems()).getBytes(StandardCharsets.UTF_8));
        }
        ProgressBoard board = board(choice);
        String name = "progress-" + choice.municipality() + "-" + choice.fiscalYear() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString())
                .body(("\uFEFF" + csvText(board, Dates.today())).getBytes(StandardCharsets.UTF_8));
    }

    static String csvText(ProgressBoard board, java.time.LocalDate today) {
        List<String> header = new ArrayList<>(List.of("部", "課"));
        for (EvaluationState state : EvaluationState.values()) {
            header.add(state.label());
        }
        header.addAll(List.of("合計", "未完了", "期限", "期限超過"));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (ProgressRow row : board.rows()) {
                List<Object> record = new ArrayList<>(List.of(cell(row.department()), cell(row.division())));
                for (EvaluationState state : EvaluationState.values()) {
                    record.add(row.count(state));
                }
                long open = ProgressPage.open(row);
                boolean overdue = board.deadline() != null && today.isAfter(board.deadline()) && open > 0;
                record.addAll(List.of(row.total(), open, board.deadline() == null ? "" : board.deadline().toString(),
                        overdue ? "超過" : ""));
                printer.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Names come from imported sheets, so a 課 named "=HYPERLINK(…)" must not become a formula when the
     * office opens the file in Excel: such a cell starts with an apostrophe, which Excel shows as text.
     */
    static String cell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private record Choice(Actor actor, String municipality, int fiscalYear, List<Integer> fiscalYears,
            List<String> problems) {
    }

    /** A municipalityCode in the address that is not the actor's own city: refused, never replaced. */
    private static boolean otherCity(Chrome chrome, String municipalityCode) {
        return !municipalityCode.isBlank() && !chrome.actor().belongsTo(municipalityCode.strip());
    }

    private static String refusal(Chrome chrome) {
        return "進捗は自分の自治体（" + chrome.cityName() + "）のものだけが見られます。"
                + "自治体を指定せずに開き直してください。";
    }

    /** The actor's own city, always; the years in which it has sheets, this fiscal year by default. */
    private Choice choose(Actor actor, String fiscalYear) {
        String own = actor.ownMunicipality().orElseThrow();
        var facets = sheets.facets(new SheetQuery(own, null, null, null, null, null, null, null, null,
                SheetSort.NUMBER, 0, 1)).byFilter();
        TreeSet<Integer> years = new TreeSet<>();
        facets.getOrDefault("fiscalYear", Map.of()).keySet().forEach(y -> Workbench.number(y).ifPresent(years::add));
        int thisYear = Dates.today().getMonthValue() >= 4 ? Dates.today().getYear() : Dates.today().getYear() - 1;
        years.add(thisYear);
        years.add(years.last() + 1);
        List<String> problems = new ArrayList<>();
        int year = thisYear;
        if (!fiscalYear.isBlank()) {
            Optional<Integer> parsed = Workbench.number(fiscalYear).filter(y -> y >= 1868 && y <= 9999);
            if (parsed.isPresent()) {
                year = parsed.get();
                years.add(year);
            } else {
                problems.add("評価年度「" + fiscalYear + "」は西暦の4桁（例: 2025）で指定してください。");
            }
        }
        return new Choice(actor, own, year, List.copyOf(years.descendingSet()), problems);
    }
}
