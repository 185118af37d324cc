package org.hyoka.browse;

import java.util.Map;
import java.util.Optional;

import org.hyoka.sheets.SheetRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The answer for a sheet address that has no public sheet behind it: 410 with the reason and date if
 * the office withdrew it, 404 otherwise. Page, PDF and workbook say the same thing.
 */
@Component
class MissingSheets {

    private final SheetRepository repository;
    private final Pages pages;

    MissingSheets(SheetRepository repository, Pages pages) {
        this.repository = repository;
        this.pages = pages;
    }

    ResponseEntity<String> answer(String id) {
        Optional<Long> number = parse(id);
        return number.flatMap(repository::findWithdrawn)
                .map(withdrawn -> pages.html(HttpStatus.GONE, "withdrawn", Map.of("page", new WithdrawnPage(withdrawn))))
                .orElseGet(() -> pages.notFound("番号「" + id + "」の事務事業評価シートは見つかりません。"
                        + "一覧または検索からシートを選んでください。"));
    }

    static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id)).filter(n -> n > 0);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
