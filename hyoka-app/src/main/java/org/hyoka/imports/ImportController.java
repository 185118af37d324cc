package org.hyoka.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;

import org.hyoka.evaluation.ImportedRevisions;
import org.hyoka.security.CurrentActor;
import org.hyoka.tables.profile.TableProfile;
import org.hyoka.tables.profile.TableProfiles;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The browser's import: choose files, how to read them (by their kind, or a city's table through a
 * profile) and 作成中 or 公開, read the report and what matches stored sheets,
 * choose per sheet, confirm. For the signed-in administrator's own municipality only; the installation's
 * operator has none (security lets administrators only; the service checks every sheet's city again).
 */
@Controller
@ConditionalOnWebApplication
class ImportController {

    /** Form fields choice.0, choice.1 …: update, skip or add for the sheet at that position. */
    static final String CHOICE = "choice.";

    private final SheetImports imports;
    private final CurrentActor actors;

    ImportController(SheetImports imports, CurrentActor actors) {
        this.imports = imports;
        this.actors = actors;
    }

    @GetMapping("/imports")
    String form(CsrfToken csrf, Model model) {
        return ImportForm.show(model, csrf, office(), null);
    }

    @PostMapping("/imports")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(name = "state", defaultValue = "DRAFT") String state,
            @RequestParam(name = "profile", defaultValue = ImportForm.AUTOMATIC)
            @Pattern(regexp = ImportForm.PROFILE_NAME) String profile, CsrfToken csrf, Model model,
            HttpServletResponse response) throws IOException {
        Actor office = office();
        Optional<TableProfile> table = Optional.empty();
        if (!profile.equals(ImportForm.AUTOMATIC)) {
            table = TableProfiles.named(profile);
            if (table.isEmpty()) {
                return ImportForm.show(model, csrf, office, "選んだ読み取り方（" + profile + "）はありません。一覧から選び直してください。");
            }
        }
        List<UploadedFile> uploads = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty() || !(file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                uploads.add(new UploadedFile(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                        file.getBytes()));
            }
        }
        if (uploads.isEmpty()) {
            return ImportForm.show(model, csrf, office, "ファイルが選ばれていません。取り込むファイルを選んでください。");
        }
        ImportPreview preview;
        try {
            preview = imports.preview(uploads, office, "PUBLISHED".equals(state), table);
        } catch (PendingImports.TooLargeException e) {
            return ImportForm.show(model, csrf, office, e.getMessage());
        }
        model.addAttribute("csrf", csrf);
        model.addAttribute("preview", preview);
        if (preview.refusal() != null) {
            // another city's sheets: not this office's to import, whatever else the file holds
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        }
        return "imports/preview";
    }

    @PostMapping("/imports/{token}")
    String confirm(@PathVariable String token, @RequestParam Map<String, String> form, CsrfToken csrf,
            HttpServletRequest request, Model model) {
        Actor office = office();
        Map<Integer, OnMatch> choices = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(CHOICE)) {
                try {
                    int index = Integer.parseInt(name.substring(CHOICE.length()));
                    OnMatch.parse(value).ifPresent(choice -> choices.put(index, choice));
                } catch (NumberFormatException notOurs) {
                    // a field the page never writes: the default (update) applies
                }
            }
        });
        Optional<ImportSummary> summary;
        try {
            summary = imports.confirm(token, office, request.getRemoteAddr(), choices);
        } catch (ForeignSheetsException | ImportedRevisions.ChangedMeanwhile e) {
            return ImportForm.show(model, csrf, office, e.getMessage());
        } catch (DataAccessException e) {
            return ImportForm.show(model, csrf, office, "データベースに保存できなかったため、1件も保存していません。"
                    + "時間をおいてもう一度お試しください。続く場合は管理者に連絡してください。");
        }
        if (summary.isEmpty()) {
            return ImportForm.show(model, csrf, office, "この取込みは期限切れか、既に保存されています。"
                    + "もう一度ファイルをアップロードしてください。");
        }
        model.addAttribute("summary", summary.get());
        return "imports/saved";
    }

    private Actor office() {
        return actors.current().filter(actor -> actor.role() == Role.ADMINISTRATOR)
                .orElseThrow(() -> new AccessDeniedException("取込みは、自治体の管理者だけが行えます"));
    }
}
