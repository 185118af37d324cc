package org.hyoka.backup;

/** A backup that cannot be written or restored, in one line that says why; nothing was written. */
public final class BackupRefused extends RuntimeException {

    BackupRefused(String message) {
        super(message);
    }

    BackupRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
