package org.hyoka.errors;

import java.io.IOException;

/**
 * A write refused because the disk is full: an upload Tomcat could not hold in its temporary location
 * fails as a multipart parse error (told as a bad request) whose cause says so. Java has no type for it;
 * the operating system's message (ENOSPC) is what tells it.
 */
final class DiskFull {

    private DiskFull() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IOException && cause.getMessage() != null
                    && cause.getMessage().contains("No space left on device")) {
                return true;
            }
        }
        return false;
    }
}
