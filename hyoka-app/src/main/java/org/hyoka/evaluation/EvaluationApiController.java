package org.hyoka.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.revision.SheetDiff;
import org.hyoka.security.CurrentActor;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.EvaluationState;
import org.hyoka.workflow.Role;
import org.hyoka.workflow.Transition;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The evaluation cycle as JSON, for the city's own tools and scripts. It needs a signed-in session
 * (and the CSRF token for changes), like the pages; the service decides per sheet what the account
 * may do, so this class only translates outcomes into HTTP.
 */
@RestController
@RequestMapping(path = "/api/evaluation", produces = MediaType.APPLICATION_JSON_VALUE)
@ConditionalOnWebApplication
@Tag(name = "evaluation", description = "The evaluation cycle: working sheets, saves with optimistic locking, "
        + "workflow transitions, comments, history, restore, progress and rollover. Needs a signed-in session; "
        + "changes need the CSRF token (header X-CSRF-TOKEN).")
class EvaluationApiController {

    /** A sheet document is some ten kilobytes; a hundred times that is no sheet. */
    static final int MAX_SHEET_BYTES = 1_000_000;

    private final EvaluationService evaluation;
    private final CurrentActor actors;
    private final SheetJson json = new SheetJson();

    EvaluationApiController(EvaluationService evaluation, CurrentActor actors) {
        this.evaluation = evaluation;
        this.actors = actors;
    }

    @GetMapping("/sheets")
    @Operation(summary = "Work list", description = "Sheets in the cycle the account may see (an editor: its own 課), "
            + "most recently changed first; page counts from 1.")
    ApiViews.WorkListView list(@RequestParam(required = false) @Nullable Integer fiscalYear,
            @RequestParam(required = false) @Parameter(description = "DRAFT, SUBMITTED, RETURNED, APPROVED or PUBLISHED")
            @Nullable String state,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 1 || size < 1 || size > 500) {
            throw ApiRefusal.badRequest("page は1以上、size は1～500で指定してください");
        }
        EvaluationState wanted = state == null ? null : parseState(state);
        Actor actor = actor();
        if (actor.municipalityCode() == null) {
            throw ApiRefusal.forbidden("運用管理者はどの自治体のシートも扱いません");
        }
        return ApiViews.WorkListView.of(evaluation.workList(actor, fiscalYear, wanted, page - 1, size));
    }

    @GetMapping("/sheets/{id}")
    @Operation(summary = "The working sheet", description = "Its latest revision in the interchange format, its "
            + "state, the revision to name as baseRevision when saving, comments and the transitions the account "
            + "may make now.")
    @ApiResponse(responseCode = "200", description = "the working sheet")
    @ApiResponse(responseCode = "404", description = "no such sheet, or not one this account may read",
            content = @Content(mediaType = "application/problem+json"))
    ApiViews.WorkingSheetView working(@PathVariable long id) {
        return evaluation.working(id, actor()).map(ApiViews.WorkingSheetView::of).orElseThrow(ApiRefusal::notFound);
    }

    @PutMapping(path = "/sheets/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save the sheet", description = "Stores the sheet (interchange JSON) as the next revision "
            + "if baseRevision is still the latest. Otherwise 409: nothing is stored and the problem carries "
            + "currentSheet, changedSinceYourBase and yourChanges, so the client can merge and save again.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json", schema = @Schema(type = "object"))))
    @ApiResponse(responseCode = "200", description = "saved; the new revision")
    @ApiResponse(responseCode = "400", description = "not an interchange sheet; errors name each JSON path",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "not allowed (role, 課, or the sheet's state)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "no such sheet for this account",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "someone saved first; both sides in the problem",
            content = @Content(mediaType = "application/problem+json"))
    ApiViews.SavedView save(@PathVariable long id, @RequestParam int baseRevision, HttpServletRequest request)
            throws IOException {
        return saved(evaluation.save(id, baseRevision, sheet(request), actor(), request.getRemoteAddr()));
    }

    @PostMapping(path = "/sheets/{id}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move the sheet", description = "transition: SUBMIT, RETURN (comment required), APPROVE, "
            + "PUBLISH, REOPEN or WITHDRAW (公開取消: administrators, the comment is the reason and required; the "
            + "public address then answers 410); baseRevision as for a save.")
    @ApiResponse(responseCode = "200", description = "moved; the new state and revision")
    @ApiResponse(responseCode = "403", description = "not allowed now; the reason in Japanese",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "the sheet changed since baseRevision",
            content = @Content(mediaType = "application/problem+json"))
    ApiViews.MovedView move(@PathVariable long id, @RequestBody ApiViews.TransitionRequest body,
            HttpServletRequest request) {
        Transition transition = Optional.ofNullable(body.transition()).flatMap(Transition::named)
                .orElseThrow(() -> ApiRefusal.badRequest("transition は SUBMIT, RETURN, APPROVE, PUBLISH, REOPEN, "
                        + "WITHDRAW のいずれかです"));
        int base = required(body.baseRevision(), "baseRevision");
        MoveOutcome outcome = evaluation.move(id, transition, base, body.comment(), actor(), request.getRemoteAddr());
        if (outcome instanceof MoveOutcome.Moved moved) {
            return new ApiViews.MovedView(ApiViews.StateView.of(moved.to()), moved.revision());
        }
        if (outcome instanceof MoveOutcome.Conflict conflict) {
            throw staleBase(base, conflict.current(), "最新の版を読み直してください");
        }
        throw refusal(((MoveOutcome.Refused) outcome).reason());
    }

    @DeleteMapping("/sheets/{id}")
    @Operation(summary = "Delete a draft never published", description = "Administrators of the sheet's city: a "
            + "sheet that was never published goes with its revisions and comments; baseRevision as for a save. A sheet "
            + "that was ever published cannot be deleted; withdraw it (transition WITHDRAW) instead.")
    @ApiResponse(responseCode = "200", description = "deleted; what it was")
    @ApiResponse(responseCode = "403", description = "not allowed; the reason in Japanese",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "no such sheet for this account",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "the sheet changed since baseRevision",
            content = @Content(mediaType = "application/problem+json"))
    ApiViews.DeletedView delete(@PathVariable long id, @RequestParam int baseRevision, HttpServletRequest request) {
        DeleteOutcome outcome = evaluation.delete(id, baseRevision, actor(), request.getRemoteAddr());
        if (outcome instanceof DeleteOutcome.Deleted deleted) {
            return new ApiViews.DeletedView(deleted.title(), deleted.fiscalYear(), deleted.sheetNumber());
        }
        if (outcome instanceof DeleteOutcome.Conflict conflict) {
            throw staleBase(baseRevision, conflict.current(), "最新の版を確かめてから削除してください");
        }
        throw refusal(((DeleteOutcome.Refused) outcome).reason());
    }

    @PostMapping(path = "/sheets/{id}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Comment", description = "A comment without moving the sheet; tagged with the account's role.")
    ResponseEntity<ApiViews.SavedView> comment(@PathVariable long id, @RequestBody ApiViews.CommentRequest body,
            HttpServletRequest request) {
        String text = body.text() == null ? "" : body.text();
        ApiViews.SavedView saved = saved(evaluation.comment(id, text, actor(), request.getRemoteAddr()));
        return ResponseEntity.status(HttpStatus.CREATED).body(saved);
    }

    @GetMapping("/sheets/{id}/revisions")
    @Operation(summary = "History", description = "Every revision, newest first, without its document.")
    List<ApiViews.RevisionSummary> history(@PathVariable long id) {
        List<Revision> history = evaluation.history(id, actor());
        if (history.isEmpty()) {
            throw ApiRefusal.notFound();
        }
        return history.stream().map(ApiViews.RevisionSummary::of).toList();
    }

    @GetMapping("/sheets/{id}/revisions/{number}")
    @Operation(summary = "One revision", description = "With its sheet in the interchange format.")
    ApiViews.RevisionView revision(@PathVariable long id, @PathVariable int number) {
        return evaluation.revision(id, number, actor()).map(ApiViews.RevisionView::of)
                .orElseThrow(ApiRefusal::notFound);
    }

    @GetMapping("/sheets/{id}/diff")
    @Operation(summary = "Compare two revisions", description = "Field by field; year columns matched by year, "
            + "indicators by slot. kind is ADDED, REMOVED or CHANGED.")
    ApiViews.DiffView diff(@PathVariable long id, @RequestParam int from, @RequestParam int to) {
        Actor actor = actor();
        Sheet before = evaluation.revision(id, from, actor).map(Revision::sheet).orElseThrow(ApiRefusal::notFound);
        Sheet after = evaluation.revision(id, to, actor).map(Revision::sheet).orElseThrow(ApiRefusal::notFound);
        return new ApiViews.DiffView(from, to, ApiViews.ChangeView.of(SheetDiff.between(before, after)));
    }

    @PostMapping(path = "/sheets/{id}/restore", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Restore a revision", description = "Its content becomes the next revision, under the "
            + "rules of a save (state, 課, baseRevision).")
    ApiViews.SavedView restore(@PathVariable long id, @RequestBody ApiViews.RestoreRequest body,
            HttpServletRequest request) {
        return saved(evaluation.restore(id, required(body.revision(), "revision"),
                required(body.baseRevision(), "baseRevision"), actor(), request.getRemoteAddr()));
    }

    @GetMapping("/progress")
    @Operation(summary = "Progress board", description = "Sheets of the account's own city and a year per 部/課 "
            + "and state, with the deadline; administrators and reviewers. municipalityCode may be left out; another "
            + "city's is a 403 problem.")
    ProgressBoard progress(@RequestParam(required = false) @Nullable String municipalityCode,
            @RequestParam int fiscalYear) {
        Actor actor = actor();
        if (actor.role() == Role.EDITOR || actor.role() == Role.OPERATOR) {
            throw ApiRefusal.forbidden("進捗の一覧は自治体の管理者と評価者だけが見られます");
        }
        if (municipalityCode != null && !actor.belongsTo(city(municipalityCode))) {
            throw ApiRefusal.forbidden("他の自治体の進捗は見られません");
        }
        return evaluation.progress(actor, fiscalYear);
    }

    @PostMapping(path = "/rollover", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Roll over to next year", description = "Administrators: next year's drafts from their own "
            + "city's sheets of fromFiscalYear; sheets already rolled over are skipped. municipalityCode may be left "
            + "out; another city's is a 403 problem.")
    RolloverResult rollover(@RequestBody ApiViews.RolloverRequest body, HttpServletRequest request) {
        Actor actor = actor();
        String code = body.municipalityCode() == null ? actor.ownMunicipality()
                .orElseThrow(() -> ApiRefusal.forbidden("年度の繰越は自治体の管理者だけが行えます"))
                : city(body.municipalityCode());
        return evaluation.rollover(code, required(body.fromFiscalYear(), "fromFiscalYear"), actor(),
                request.getRemoteAddr());
    }

    private Actor actor() {
        // the security chain lets only signed-in accounts through; an account that vanished since is refused
        return actors.current().orElseThrow(() -> ApiRefusal.forbidden("アカウントが無効です"));
    }

    private ApiViews.SavedView saved(SaveOutcome outcome) {
        if (outcome instanceof SaveOutcome.Saved saved) {
            return new ApiViews.SavedView(saved.revision());
        }
        if (outcome instanceof SaveOutcome.Conflict conflict) {
            throw new ApiRefusal(HttpStatus.CONFLICT, "Conflict", "第" + conflict.yourBase() + "版を編集している間に、"
                    + "ほかの人が第" + conflict.current() + "版を保存しました。変更は保存されていません",
                    Map.of("yourBase", conflict.yourBase(), "current", conflict.current(),
                            "currentSheet", json.toTree(conflict.currentSheet()),
                            "changedSinceYourBase", ApiViews.ChangeView.of(conflict.changedSinceYourBase()),
                            "yourChanges", ApiViews.ChangeView.of(conflict.yourChanges())));
        }
        if (outcome instanceof SaveOutcome.Invalid invalid) {
            throw ApiRefusal.invalid(invalid.problems());
        }
        throw refusal(((SaveOutcome.Refused) outcome).reason());
    }

    private static ApiRefusal refusal(String reason) {
        return EvaluationService.NOT_FOUND.equals(reason) ? ApiRefusal.notFound() : ApiRefusal.forbidden(reason);
    }

    private Sheet sheet(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_SHEET_BYTES) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_SHEET_BYTES + 1);
        }
        if (bytes.length > MAX_SHEET_BYTES) {
            throw tooLarge();
        }
        ReadResult result = json.read(bytes);
        if (result instanceof ReadResult.Valid valid && valid.sheets().size() == 1) {
            return valid.sheets().get(0);
        }
        if (result instanceof ReadResult.Invalid invalid) {
            throw ApiRefusal.invalid(invalid.problems());
        }
        if (result instanceof ReadResult.Unreadable unreadable) {
            throw ApiRefusal.badRequest("JSONとして読めません: " + unreadable.reason());
        }
        throw ApiRefusal.badRequest("シートを1件だけ送ってください");
    }

    private static ApiRefusal tooLarge() {
        return new ApiRefusal(HttpStatus.PAYLOAD_TOO_LARGE, "Too large",
                "1件のシートとしては大きすぎます（" + MAX_SHEET_BYTES + "バイトまで）", Map.of());
    }

    private static int required(@Nullable Integer value, String name) {
        if (value == null) {
            throw ApiRefusal.badRequest(name + " を指定してください");
        }
        return value;
    }

    /** A move or delete on a base revision that is no longer the latest: 409, saying what to do. */
    private static ApiRefusal staleBase(int base, int current, String whatToDo) {
        return new ApiRefusal(HttpStatus.CONFLICT, "Conflict", "第" + base + "版の後に第" + current
                + "版が保存されています。" + whatToDo, Map.of("yourBase", base, "current", current));
    }

    private static String city(String code) {
        return MunicipalityCode.parse(code).map(MunicipalityCode::value)
                .orElseThrow(() -> ApiRefusal.badRequest("municipalityCode は6桁の全国地方公共団体コードです: " + code));
    }

    private static EvaluationState parseState(String name) {
        for (EvaluationState state : EvaluationState.values()) {
            if (state.name().equalsIgnoreCase(name)) {
                return state;
            }
        }
        throw ApiRefusal.badRequest("state は DRAFT, SUBMITTED, RETURNED, APPROVED, PUBLISHED, WITHDRAWN のいずれかです");
    }
}
