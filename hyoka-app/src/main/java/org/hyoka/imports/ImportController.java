package org.hyoka.imports;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hyoka.security.CurrentActor;

import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheets.StoredSheet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The browser's import: choose files, read the report, confirm. Administrators only (see security). */
@Controller
class ImportController {

    private final SheetImports imports;
    /** Absent in the commands' context, which scans this package for the service and serves no page. */
    private final ObjectProvider<CurrentActor> actors;

    ImportController(SheetImports imports, ObjectProvider<CurrentActor> actors) {
        this.imports = imports;
        this.actors = actors;
    }

    @GetMapping("/imports")
    String form(CsrfToken csrf, Model model) {
        return ImportForm.show(model, csrf, "", null);
    }

    @PostMapping("/imports")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(name = "municipality", defaultValue = "") String municipality, CsrfToken csrf,
            Principal user, Model model, HttpServletResponse response) throws IOException {
        Optional<MunicipalityCode> code = Optional.empty();
        if (!municipality.isBlank()) {
            code = MunicipalityCode.parse(municipality);
            if (code.isEmpty()) {
                return ImportForm.show(model, csrf, municipality, "全国地方公共団体コードが正しくありません。"
                        + "検査数字を含む6桁の数字で入力してください（例: つくば市は 082201）。");
            }
            // an office imports for its own city only
            String wanted = code.get().value();
            if (actors.getObject().current().filter(a -> a.administers(wanted)).isEmpty()) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                return ImportForm.show(model, csrf, municipality, "他の自治体（" + wanted
                        + "）のシートは取り込めません。自分の自治体のコードを指定してください。");
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
            return ImportForm.show(model, csrf, municipality, "ファイルが選ばれていません。取り込むファイルを選んでください。");
        }
        model.addAttribute("csrf", csrf);
        model.addAttribute("preview", imports.preview(uploads, code, user.getName()));
        return "imports/preview";
    }

    @PostMapping("/imports/{token}")
    String confirm(@PathVariable String token, CsrfToken csrf, Principal user, HttpServletRequest request,
            Model model) {
        Optional<List<StoredSheet>> saved;
        try {
            saved = imports.confirm(token, user.getName(), request.getRemoteAddr());
        } catch (DataAccessException e) {
            return ImportForm.show(model, csrf, "", "データベースに保存できなかったため、1件も保存していません。"
                    + "時間をおいてもう一度お試しください。続く場合は管理者に連絡してください。");
        }
        if (saved.isEmpty()) {
            return ImportForm.show(model, csrf, "", "この取込みは期限切れか、既に保存されています。"
                    + "もう一度ファイルをアップロードしてください。");
        }
        model.addAttribute("saved", saved.get());
        return "imports/saved";
    }
}
