package org.hyoka.accounts;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one form of a user name that identifies an account, wherever a name comes in: account creation,
 * sign-in (form, HTTP Basic, OpenID Connect) and the sign-in throttle. Without it, "tanaka", "tanaka ",
 * "Tanaka" and "ｔａｎａｋａ" would be one account to the password check but four names to the throttle,
 * and each variant would get its own five guesses.
 * <ul>
 * <li>NFKC, so that full-width letters and digits (as a Japanese input method types them) and the
 * full-width space U+3000 become their ASCII forms;</li>
 * <li>white space at either end removed (spaces, tabs, line breaks, U+3000, no-break spaces), as
 * pasted names carry it; white space inside is kept, and no account's name has any;</li>
 * <li>case folded (ASCII, locale-independent), since people do not remember how they capitalised.</li>
 * </ul>
 */
public final class UserNames {

    private UserNames() {
    }

    public static String canonical(String name) {
        String compatible = Normalizer.normalize(name, Normalizer.Form.NFKC);
        int start = 0;
        int end = compatible.length();
        while (start < end && isSpace(compatible.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(compatible.charAt(end - 1))) {
            end--;
        }
        return compatible.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** Java's white space plus the no-break spaces, which it leaves out. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
