package org.hyoka.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyoka.excel.SheetWorkbookReader;
import org.hyoka.excel.SheetWorkbookWriter;
import org.hyoka.excel.WorkbookRead;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SchemaProblem;
import org.hyoka.interchange.SheetJson;
import org.hyoka.evaluation.ImportedRevisions;
import org.hyoka.imports.ForeignSheetsException;
import org.hyoka.imports.ImportOptions;
import org.hyoka.imports.ImportSummary;
import org.hyoka.imports.OnMatch;
import org.hyoka.imports.SheetImports;
import org.hyoka.security.CurrentActor;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.workflow.Actor;
import org.hyoka.sheets.SheetCursor;
import org.hyoka.sheets.SheetQuery;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.StoredSheet;
import org.hyoka.similar.SimilarProjects;
import org.hyoka.similar.SimilarSection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@RequestMapping("/api/sheets")
@Tag(name = "sheets", description = "事務事業マネジメントシート in the interchange format (sheet.schema.json)")
class SheetApiController {

    private final SheetRepository repository;
    private final SheetImports imports;
    private final CurrentActor actors;
    private final SimilarProjects similar;
    private final SheetJson json = new SheetJson();
    private final long maxBodyBytes;

    SheetApiController(SheetRepository repository, SheetImports imports, CurrentActor actors, SimilarProjects similar,
            @Value("${hyoka.import.max-file-bytes:20971520}") long maxBodyBytes) {
        this.repository = repository;
        this.similar = similar;
        this.imports = imports;
        this.actors = actors;
        this.maxBodyBytes = maxBodyBytes;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List sheets", description = "The list page's filters and "
            + "order. Each page names the next one in nextCursor: pass it as cursor to read on, at any depth.")
    @Parameter(name = "municipalityCode", description = "全国地方公共団体コード, e.g. 082201")
    @Parameter(name = "fiscalYear", description = "evaluated fiscal year (Gregorian start year), e.g. 2024")
    @Parameter(name = "department", description = "部, exactly as printed")
    @Parameter(name = "division", description = "課, exactly as printed")
    @Parameter(name = "direction", description = "方向性 decision, e.g. 継続")
    @Parameter(name = "sdg", description = "SDG goal number 1–17")
    @Parameter(name = "strategicPlanCode", description = "戦略プラン code, e.g. Ⅳ-3")
    @Parameter(name = "category", description = "事業分類")
    @Parameter(name = "continuity", description = "新規 or 継続")
    @Parameter(name = "sort", description = "number (default), title, cost-desc, cost-asc")
    @Parameter(name = "cursor", description = "nextCursor of the previous page (same filters and sort): the page "
            + "after its last sheet, as fast at any depth and stable while sheets are published; not with page")
    @Parameter(name = "page", description = "page number from 1 (default 1), for the first "
            + ApiQuery.MAX_OFFSET + " sheets; deeper, follow nextCursor")
    @Parameter(name = "size", description = "sheets per page, 1–200 (default 50)")
    SheetPageResponse list(@Parameter(hidden = true) @RequestParam Map<String, String> parameters) {
        SheetQuery query = ApiQuery.parse(parameters);
        Optional<SheetCursor> cursor = ApiQuery.cursor(parameters, query.sort());
        if (cursor.isEmpty() && query.page() > 0) {
            return SheetPageResponse.of(repository.list(query), query.sort());
        }
        return SheetPageResponse.of(repository.listAfter(query, cursor), query.size(), cursor.isEmpty() ? 1 : null);
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One sheet as interchange JSON", description = "Exactly the document format of sheet.schema.json.")
    @ApiResponse(responseCode = "200", description = "the sheet")
    @ApiResponse(responseCode = "404", description = "no sheet with this id",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "410", description = "the office withdrew the sheet from the public; the problem "
            + "carries its sheetTitle, fiscalYear, withdrawnOn and reason", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<String> one(@PathVariable long id) {
        StoredSheet stored = repository.find(id).orElseThrow(() -> missing(id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.write(stored.sheet()));
    }

    @GetMapping(path = "/{id}/similar", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Similar projects of other municipalities", description = "Up to five published sheets of "
            + "other cities most like this one (More-Like-This over title, purpose, activities and indicator names; one "
            + "per city first), each with its full cost (千円), the full cost per unit of an activity indicator's actual "
            + "(naming the indicator) and, where the city entered its population, the full cost per resident (円) with "
            + "the population's source and date. Computed on each request.")
    @ApiResponse(responseCode = "200", description = "the sheet's own figures and its similar projects")
    @ApiResponse(responseCode = "404", description = "no published sheet with this id",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "410", description = "the office withdrew the sheet from the public",
            content = @Content(mediaType = "application/problem+json"))
    SimilarResponse similar(@PathVariable long id) {
        SimilarSection section = similar.of(id);
        if (section.self().isEmpty()) {
            throw missing(id);
        }
        return SimilarResponse.of(section);
    }

    @GetMapping(path = "/{id}/years", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The project's sheets across the years", description = "The published sheets of the same "
            + "project and municipality, one per fiscal year, oldest first, this one included: linked by rollover, "
            + "else by 予算科目, else by sheet number and title, else by a title unique in its year.")
    @ApiResponse(responseCode = "200", description = "the linked sheets with fiscal year, id, full cost (千円) and 方向性")
    @ApiResponse(responseCode = "404", description = "no sheet with this id",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "410", description = "the office withdrew the sheet from the public",
            content = @Content(mediaType = "application/problem+json"))
    List<ProjectYearResponse> years(@PathVariable long id) {
        List<org.hyoka.sheets.ProjectYear> years = repository.projectYears(id);
        if (years.isEmpty()) {
            throw missing(id);
        }
        return ProjectYearResponse.of(years);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save sheets", description = "One sheet object or an array of them, in the interchange "
            + "format, for the administrator's own municipality (a sheet naming none is taken to be of it; a sheet of "
            + "another city is a 403 problem, nothing saved). Each sheet matching a stored one (same city, year "
            + "and title) is updated as a new revision, skipped or added (onMatch); unchanged sheets are left alone. "
            + "New sheets are 作成中 (not public) unless state=PUBLISHED. All are saved in one transaction or none; "
            + "an invalid document is a 400 problem whose errors name each JSON path. Requires HTTP Basic "
            + "authentication as an ADMINISTRATOR.",
            security = @SecurityRequirement(name = "basic"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "interchange JSON (sheet.schema.json): one sheet or an array",
                    content = @Content(mediaType = "application/json", schema = @Schema(type = "object"))))
    @Parameter(name = "state", description = "DRAFT (作成中, default) or PUBLISHED (公開: history being loaded; audited as such)")
    @Parameter(name = "onMatch", description = "update (default), skip or add: what becomes of a sheet matching a stored one")
    @ApiResponse(responseCode = "201", description = "saved; ids and outcomes in document order")
    @ApiResponse(responseCode = "200", description = "nothing new: every sheet updated, unchanged or skipped")
    @ApiResponse(responseCode = "400", description = "not JSON or not the interchange format",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "not authenticated")
    @ApiResponse(responseCode = "403", description = "not an administrator, or sheets of another municipality",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<SavedResponse> save(@RequestParam(name = "state", defaultValue = "DRAFT") String state,
            @RequestParam(name = "onMatch", defaultValue = "update") String onMatch, HttpServletRequest request)
            throws IOException {
        ImportOptions options = options(state, onMatch, request);
        ReadResult result = json.read(body(request));
        if (result instanceof ReadResult.Unreadable unreadable) {
            throw new BadRequest("Unreadable document", unreadable.reason(), List.of());
        }
        if (result instanceof ReadResult.Invalid invalid) {
            throw new BadRequest("Invalid sheet document", invalid.problems().size()
                    + " problem(s) with the interchange format; nothing was saved", invalid.problems());
        }
        List<Sheet> sheets = ((ReadResult.Valid) result).sheets();
        if (sheets.isEmpty()) {
            throw new BadRequest("Empty document", "the array holds no sheet; nothing was saved",
                    List.of(new SchemaProblem("$", "minItems", "send at least one sheet")));
        }
        return saved(sheets, options);
    }

    @PostMapping(consumes = SheetWorkbookWriter.CONTENT_TYPE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save a sheet from its Hyoka workbook", description = "The .xlsx that Hyoka writes "
            + "(/sheets/{id}.xlsx, the workbench's template), as filled in or edited in Excel. A workbook that is "
            + "not a Hyoka sheet, is encrypted, macro-enabled, a zip bomb or linked to other workbooks is a 400 "
            + "problem with the reason in Japanese; nothing is saved. Requires HTTP Basic authentication as an ADMIN user.",
            security = @SecurityRequirement(name = "basic"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "the workbook", content = @Content(mediaType = SheetWorkbookWriter.CONTENT_TYPE)))
    @ApiResponse(responseCode = "201", description = "saved; the id")
    @ApiResponse(responseCode = "400", description = "not a readable Hyoka workbook",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<SavedResponse> saveWorkbook(@RequestParam(name = "state", defaultValue = "DRAFT") String state,
            @RequestParam(name = "onMatch", defaultValue = "update") String onMatch, HttpServletRequest request)
            throws IOException {
        ImportOptions options = options(state, onMatch, request);
        WorkbookRead read = SheetWorkbookReader.standard().read(body(request));
        if (read instanceof WorkbookRead.Refused refused) {
            throw new BadRequest("Unreadable workbook", refused.oneLine(), List.of());
        }
        return saved(List.of(((WorkbookRead.Read) read).sheet()), options);
    }

    /**
     * The same import as the browser's: for the administrator's own city only (a sheet naming none is
     * taken to be of it), 作成中 unless state=PUBLISHED, matches updated unless onMatch says otherwise.
     */
    private ImportOptions options(String state, String onMatch, HttpServletRequest request) {
        Actor actor = actors.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        if (!state.equals("DRAFT") && !state.equals("PUBLISHED")) {
            throw BadRequest.parameter("state", "DRAFT（作成中、既定）か PUBLISHED（公開）を指定してください");
        }
        OnMatch choice = OnMatch.parse(onMatch).orElseThrow(() -> BadRequest.parameter("onMatch",
                "update（既定）、skip、add のいずれかを指定してください"));
        return ImportOptions.office(actor, request.getRemoteAddr(), state.equals("PUBLISHED"), choice, Map.of());
    }

    private ResponseEntity<SavedResponse> saved(List<Sheet> sent, ImportOptions options) {
        Actor actor = java.util.Objects.requireNonNull(options.actor());
        Municipality own = imports.municipality(new MunicipalityCode(java.util.Objects.requireNonNull(
                actor.municipalityCode()))).orElse(new Municipality(new MunicipalityCode(actor.municipalityCode()), null));
        List<Sheet> sheets = sent.stream().map(sheet -> sheet.municipality() == null ? sheet.withMunicipality(own) : sheet)
                .toList();
        imports.foreignSheets(sheets, actor).ifPresent(reason -> {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, reason);
        });
        ImportSummary summary;
        try {
            summary = imports.importAll(sheets, options);
        } catch (ForeignSheetsException e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, e.getMessage());
        } catch (ImportedRevisions.ChangedMeanwhile e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
        SavedResponse response = SavedResponse.of(summary);
        if (summary.added() == 0) {
            return ResponseEntity.ok(response);
        }
        return ResponseEntity.created(URI.create(response.locations().get(response.outcomes().indexOf("added"))))
                .body(response);
    }

    private byte[] body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE,
                    "the document is larger than " + maxBodyBytes + " bytes; send the sheets in several requests");
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (bytes.length > maxBodyBytes) {
                throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE,
                        "the document is larger than " + maxBodyBytes + " bytes; send the sheets in several requests");
            }
            return bytes;
        }
    }

    /** Why a published sheet of this id is not there: withdrawn (410, with when and why) or never was (404). */
    private RuntimeException missing(long id) {
        return repository.findWithdrawn(id).<RuntimeException>map(SheetGone::new)
                .orElseGet(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no sheet with id " + id));
    }
}
