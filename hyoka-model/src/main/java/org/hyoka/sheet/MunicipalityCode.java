package org.hyoka.sheet;

import java.util.Optional;

/**
 * 全国地方公共団体コード: five digits and a check digit (総務省's modulus-11 rule), e.g. 082201 for
 * つくば市. Only valid codes can be constructed, so a code in hand never needs checking again.
 */
public record MunicipalityCode(String value) {

    public MunicipalityCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid 全国地方公共団体コード: " + value);
        }
    }

    public static Optional<MunicipalityCode> parse(String text) {
        String trimmed = text.strip();
        return isValid(trimmed) ? Optional.of(new MunicipalityCode(trimmed)) : Optional.empty();
    }

    public static boolean isValid(String text) {
        if (text.length() != 6 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return checkDigit(text.substring(0, 5)) == text.charAt(5) - '0';
    }

    /** The check digit of a five-digit body: 11 minus the weighted sum (6,5,4,3,2) modulo 11, last digit. */
    public static int checkDigit(String fiveDigits) {
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (fiveDigits.charAt(i) - '0') * (6 - i);
        }
        int remainder = sum % 11;
        return remainder == 0 ? 1 : remainder == 1 ? 0 : 11 - remainder;
    }

    /** The two-digit prefecture number (01 北海道 … 47 沖縄県). */
    public String prefecture() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
