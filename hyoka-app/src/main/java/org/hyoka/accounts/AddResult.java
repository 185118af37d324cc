package org.hyoka.accounts;

/** What adding an account gave. */
public sealed interface AddResult {

    record Added(long id) implements AddResult {
    }

    /** The account was not created, for this reason (English and Japanese). */
    record Refused(String reason) implements AddResult {
    }
}
