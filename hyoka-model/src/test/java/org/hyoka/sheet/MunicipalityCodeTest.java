package org.hyoka.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"082201", "011002", "131016", "271004", "472018", "010006", "130001"})
    void acceptsCodesWhoseCheckDigitIsRight(String code) {
        assertThat(MunicipalityCode.isValid(code)).isTrue();
        assertThat(MunicipalityCode.parse(code)).map(MunicipalityCode::value).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"082202", "082200", "08220", "0822011", "ABCDEF", "", "０８２２０１"})
    void rejectsCodesWithAWrongCheckDigitOrShape(String code) {
        assertThat(MunicipalityCode.isValid(code)).isFalse();
        assertThat(MunicipalityCode.parse(code)).isEmpty();
        assertThatThrownBy(() -> new MunicipalityCode(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"08220", "01100", "13101"})
    void everyFiveDigitBodyHasExactlyOneValidCheckDigit(String body) {
        long valid = java.util.stream.IntStream.rangeClosed(0, 9)
                .filter(d -> MunicipalityCode.isValid(body + d)).count();
        assertThat(valid).isEqualTo(1);
    }
}
