package org.hyoka.tables.profile;

/** A profile file that cannot be used; the message is one Japanese line for the person who wrote it. */
public final class ProfileException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProfileException(String message) {
        super(message);
    }
}
