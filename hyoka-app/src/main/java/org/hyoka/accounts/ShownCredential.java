package org.hyoka.accounts;

import org.hyoka.workbench.Dates;

/** A credential as the page that hands it over shows it: the whole link, or the password, and until when. */
public record ShownCredential(Credential credential, String base) {

    public boolean link() {
        return credential instanceof Credential.OneTimeLink;
    }

    /** The link to open, or the password to type. */
    public String secret() {
        return credential instanceof Credential.OneTimeLink link ? base + link.path()
                : ((Credential.InitialPassword) credential).password();
    }

    public String expires() {
        return credential instanceof Credential.OneTimeLink link ? Dates.minute(link.expiresAt()) : "";
    }
}
