package org.hyoka.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * A table as text: one JSON array per row, the columns in the table's order, the rows in key order,
 * each line ended by a newline. This is both what a backup file holds and what its digest is taken of.
 */
final class Rendering {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int FETCH = 500;

    private Rendering() {
    }

    static TableDigest render(Connection connection, Table table, OutputStream out) throws SQLException, IOException {
        MessageDigest sha = sha256();
        long rows = 0;
        try (DigestOutputStream digesting = new DigestOutputStream(out, sha);
                PreparedStatement select = connection.prepareStatement(table.select())) {
            select.setFetchSize(FETCH);
            try (ResultSet row = select.executeQuery()) {
                List<Column> columns = table.columns();
                while (row.next()) {
                    List<Object> values = new ArrayList<>(columns.size());
                    for (int i = 0; i < columns.size(); i++) {
                        values.add(Values.read(row, i + 1, columns.get(i)));
                    }
                    digesting.write(JSON.writeValueAsBytes(values));
                    digesting.write('\n');
                    rows++;
                }
            }
        }
        return new TableDigest(table.name(), rows, HexFormat.of().formatHex(sha.digest()));
    }

    /** The digest and line count of a file as stored, read line by line as a restore reads it. */
    static TableDigest digestOf(String table, BufferedReader lines, int columns) throws IOException {
        MessageDigest sha = sha256();
        long rows = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (JSON.readTree(line).size() != columns) {
                throw new BackupRefused("the backup of " + table + " is damaged: row " + (rows + 1) + " has not "
                        + columns + " values");
            }
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            rows++;
        }
        return new TableDigest(table, rows, HexFormat.of().formatHex(sha.digest()));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
