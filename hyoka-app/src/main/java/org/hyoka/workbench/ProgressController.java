package org.hyoka.workbench;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hyoka.municipalities.Municipalities;
import org.hyoka.municipalities.Tenant;
import org.hyoka.workflow.Actor;
import org.hyoka.evaluation.EvaluationService;
import org.hyoka.evaluation.ProgressBoard;
import org.hyoka.evaluation.ProgressRow;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheets.SheetQuery;
import org.hyoka.settings.EvaluationSettings;
import org.hyoka.sheets.SheetRepository;
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

/** /workbench/progress and its CSV: the office's (and reviewers') view of the year's evaluation. */
@Controller
class ProgressController {

    private final Workbench workbench;
    private final EvaluationService evaluation;
    private final SheetRepository sheets;
    private final Municipalities municipalityNames;

    ProgressController(Workbench workbench, EvaluationService evaluation, SheetRepository sheets,
            Municipalities municipalityNames) {
        this.workbench = workbench;
        this.evaluation = evaluation;
        this.sheets = sheets;
        this.municipalityNames = municipalityNames;
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
        Choice choice = choose(chrome.get().actor(), municipalityCode, fiscalYear);
        ProgressBoard board = board(choice);
        ModelAndView view = Workbench.page("progress", chrome.get(), Map.of("page", new ProgressPage(board,
                choice.municipality(), choice.municipalities(), choice.fiscalYears(), Dates.today(),
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
        Choice choice = choose(chrome.get().actor(), municipalityCode, fiscalYear);
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

    private record Choice(Actor actor, String municipality, int fiscalYear, Map<String, String> municipalities,
            List<Integer> fiscalYears, List<String> problems) {
    }

    /** The actor's own city, always; the years that have sheets, this fiscal year by default. */
    private Choice choose(Actor actor, String municipalityCode, String fiscalYear) {
        String own = actor.ownMunicipality().orElse("");
        var facets = sheets.facets(SheetQuery.all(1)).byFilter();
        Map<String, String> municipalities = new TreeMap<>();
        municipalities.put(own, municipalityNames.find(own).map(Tenant::name).orElse(own));
        TreeSet<Integer> years = new TreeSet<>();
        facets.getOrDefault("fiscalYear", Map.of()).keySet().forEach(y -> Workbench.number(y).ifPresent(years::add));
        int thisYear = Dates.today().getMonthValue() >= 4 ? Dates.today().getYear() : Dates.today().getYear() - 1;
        years.add(thisYear);
        if (!years.isEmpty()) {
            years.add(years.last() + 1);
        }
        List<String> problems = new ArrayList<>();
        String municipality = own;
        if (!municipalityCode.isBlank() && !municipalityCode.strip().equals(own)) {
            problems.add("進捗は自分の自治体（" + municipalities.get(own) + "）のものだけが見られます。");
        }
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
        return new Choice(actor, municipality, year, municipalities, List.copyOf(years.descendingSet()), problems);
    }
}
