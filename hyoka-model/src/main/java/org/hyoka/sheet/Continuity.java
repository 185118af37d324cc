package org.hyoka.sheet;

import java.util.Arrays;
import java.util.Optional;

/** 新規・継続. The printed word is the value: it is what the interchange format carries. */
public enum Continuity {
    NEW("新規"),
    CONTINUING("継続");

    private final String printed;

    Continuity(String printed) {
        this.printed = printed;
    }

    public String printed() {
        return printed;
    }

    public static Optional<Continuity> fromPrinted(String text) {
        return Arrays.stream(values()).filter(c -> c.printed.equals(text.strip())).findFirst();
    }
}
