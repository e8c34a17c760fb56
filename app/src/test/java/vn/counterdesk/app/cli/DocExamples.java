package vn.counterdesk.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The examples of {@code docs/cli.md}: each fenced block right after a {@code <!-- example: NAME -->} line. Tests
 * run these very texts, so the documentation cannot drift from what the command accepts.
 */
final class DocExamples {

    private static final Pattern EXAMPLE =
            Pattern.compile("<!-- example: ([\\w.-]+) -->\\s*```\\w*\\n(.*?)```", Pattern.DOTALL);

    private DocExamples() {}

    static Path document() {
        // Surefire runs in the module directory; the docs live at the repository root.
        return Path.of("..", "docs", "cli.md");
    }

    static Map<String, String> all() throws IOException {
        Matcher matcher = EXAMPLE.matcher(Files.readString(document(), StandardCharsets.UTF_8));
        Map<String, String> examples = new LinkedHashMap<>();
        while (matcher.find()) {
            examples.put(matcher.group(1), matcher.group(2));
        }
        return examples;
    }

    static String get(String name) throws IOException {
        String text = all().get(name);
        if (text == null) {
            throw new AssertionError("docs/cli.md has no example " + name);
        }
        return text;
    }
}
