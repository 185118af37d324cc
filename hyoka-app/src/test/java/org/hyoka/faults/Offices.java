package org.hyoka.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hyoka.testing.HyokaProcess;
import org.hyoka.testing.SignedInClient;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The evaluation office of a fault test: its account (added by the CLI) and its saves through the evaluation API. */
final class Offices {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Offices() {
    }

    static void add(Path data, @Nullable String databaseUrl, String username, String password) {
        List<String> args = new ArrayList<>(List.of("user", "add", "--username", username, "--role", "ADMINISTRATOR",
                "--municipality", "082201", "--password-stdin", "--data", data.toString()));
        if (databaseUrl != null) {
            args.addAll(List.of("--database-url", databaseUrl, "--database-user", "postgres"));
        }
        HyokaProcess.Run added = HyokaProcess.run(password + "\n", args.toArray(String[]::new));
        assertThat(added.exitCode()).as(added.stderr()).isZero();
    }

    /** Sample sheets of the first start, each reopened so that it can be edited. */
    static List<Long> reopenedSheets(SignedInClient office, int count) {
        JsonNode list = JSON.readTree(office.get("/api/evaluation/sheets?size=" + count).body());
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : list.get("items")) {
            long id = item.get("sheetId").asLong();
            HttpResponse<String> reopened = office.post("/api/evaluation/sheets/" + id + "/transitions",
                    "{\"transition\":\"REOPEN\",\"baseRevision\":" + item.get("revision").asInt() + "}");
            assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
            ids.add(id);
        }
        assertThat(ids).hasSize(count);
        return ids;
    }

    static JsonNode working(SignedInClient office, long sheet) {
        HttpResponse<String> answer = office.get("/api/evaluation/sheets/" + sheet);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    /** The new revision, or empty when another editor saved first (409). */
    static Optional<Integer> save(SignedInClient office, long sheet, JsonNode working,
            String purpose) {
        ObjectNode edited = (ObjectNode) working.get("sheet").deepCopy();
        edited.put("purpose", purpose);
        HttpResponse<String> answer = office.put("/api/evaluation/sheets/" + sheet + "?baseRevision="
                + working.get("revision").asInt(), edited.toString());
        if (answer.statusCode() == 409) {
            return Optional.empty();
        }
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Optional.of(JSON.readTree(answer.body()).get("revision").asInt());
    }
}
