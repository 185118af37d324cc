package org.hyoka.arithmetic;

/** How much a finding matters: an error makes the sheet wrong, a warning asks a person to look. */
public enum Severity {
    ERROR, WARNING, INFO
}
