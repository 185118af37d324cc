package org.hyoka.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who reads an error: the API's clients and whoever asks for JSON first get a problem, everyone else a page. */
class AudienceUnitTest {

    @ParameterizedTest(name = "{0} with Accept [{1}] → {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "/sheets      | text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | PERSON",
        "/sheets      | */*                                                            | PERSON",
        "/sheets      | NONE                                                           | PERSON",
        "/sheets      | not a media type;;                                             | PERSON",
        "/sheets      | application/json                                               | PROGRAM",
        "/sheets      | application/problem+json                                       | PROGRAM",
        "/sheets      | application/json;q=0.5, text/html                              | PERSON",
        "/sheets      | text/html;q=0.1, application/json                              | PROGRAM",
        "/sheets      | application/*                                                  | PERSON",
        "/api/sheets  | text/html                                                      | PROGRAM",
        "/api         | NONE                                                           | PROGRAM",
        "/apiary      | NONE                                                           | PERSON",
        "/api/evaluation/sheets/1 | */*                                                | PROGRAM"})
    void decides(String path, String accept, Audience expected) {
        assertThat(Audience.of(path, accept)).isEqualTo(expected);
    }
}
