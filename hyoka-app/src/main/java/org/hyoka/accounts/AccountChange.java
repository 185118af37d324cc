package org.hyoka.accounts;

/** What a change of an account gave; every message is Japanese, for the page. */
public sealed interface AccountChange {

    record Changed(long id, String message) implements AccountChange {
    }

    /** Done, with a credential to show once. */
    record Issued(long id, String message, Credential credential) implements AccountChange {
    }

    /** Nothing changed, for this reason the person can act on. */
    record Invalid(String problem) implements AccountChange {
    }

    /** No such account in the actor's municipality (another city's accounts are not there either). */
    record NotFound() implements AccountChange {
    }

    /** The actor's role may not manage accounts at all. */
    record Forbidden() implements AccountChange {
    }
}
