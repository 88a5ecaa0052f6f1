package dev.sitegen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Real abstracts ({@code golden/*.input}) against their expected HTML ({@code *.html}).
 * Regenerate with {@code mvn test -Dtest=RichTextGoldenTest -Dgolden.update=true} and review the diff.
 */
class RichTextGoldenTest {

    private static final Path DIR = Path.of("src/test/resources/text/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private final RichText richText = new RichText();

    @Test
    void rendersRealAbstractsAsRecorded() throws IOException {
        List<Path> inputs = list(".input");
        assertTrue(inputs.size() >= 5, "golden inputs: " + inputs);
        for (Path input : inputs) {
            Path expected = sibling(input, ".input", ".html");
            String actual = richText.prose(List.of(Files.readString(input, StandardCharsets.UTF_8)))
                            .html()
                            .html() + "\n";
            if (UPDATE) {
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(expected), "missing " + expected + " (run with -Dgolden.update=true)");
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, input.toString());
        }
    }

    @Test
    void hasNoExpectedFileWithoutInput() throws IOException {
        for (Path html : list(".html")) {
            assertTrue(Files.exists(sibling(html, ".html", ".input")), "orphan golden file " + html);
        }
    }

    @Test
    void rendersTheSameBytesTwice() throws IOException {
        for (Path input : list(".input")) {
            String source = Files.readString(input, StandardCharsets.UTF_8);
            assertEquals(
                    richText.prose(List.of(source)).html(),
                    new RichText().prose(List.of(source)).html());
        }
    }

    private static List<Path> list(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Path sibling(Path file, String from, String to) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - from.length()) + to);
    }
}
