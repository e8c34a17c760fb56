package vn.counterdesk.store.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/** One ordered schema script, {@code V<version>__<description>.sql}. */
public record Migration(int version, String name, String script) {
    private static final Pattern NAME = Pattern.compile("V(\\d+)__[A-Za-z0-9_]+\\.sql");

    public static Migration of(String name, String script) {
        var matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("migration name must look like V1__init.sql: " + name);
        }
        return new Migration(Integer.parseInt(matcher.group(1)), name, script);
    }

    /** SHA-256 of the script text, recorded when applied so a later edit of an applied script is caught. */
    public String checksum() {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The script's statements: split at semicolons that end a line, skipping {@code --} comment lines. Scripts
     * therefore keep one statement terminator per line end and use no triggers.
     */
    public List<String> statements() {
        var statements = new java.util.ArrayList<String>();
        var current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return List.copyOf(statements);
    }
}
