package org.hyoka.backup;

/** One table of a backup: how many rows it has and the SHA-256 of their canonical rendering. */
public record TableDigest(String table, long rows, String sha256) {
}
