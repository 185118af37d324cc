package org.hyoka.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Addresses of the list behind a number: the dashboard's scope plus the group's own filters. */
final class Links {

    private Links() {
    }

    /**
     * {@code /sheets?municipalityCode=…&fiscalYear=…&department=…}; none when a group value is blank, since the
     * list cannot select sheets that leave a field empty and a broader list would not be the one behind the number.
     */
    static @Nullable String sheets(DashboardScope scope, @Nullable String... nameValuePairs) {
        Map<String, String> values = new LinkedHashMap<>(scope.listParameters());
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            String value = nameValuePairs[i + 1];
            if (value == null) {
                return null;
            }
            values.put(nameValuePairs[i], value);
        }
        return address("/sheets", values);
    }

    static String dashboard(String path, DashboardScope scope) {
        return address(path, scope.listParameters());
    }

    private static String address(String path, Map<String, String> values) {
        StringBuilder href = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> entry : values.entrySet()) {
            href.append(separator).append(entry.getKey()).append('=')
                    .append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return href.toString();
    }
}
