package dev.sitegen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlSanitizerTest {

    private static final Path POISONED = Path.of("src/test/resources/text/poisoned.txt");

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final RichText richText = new RichText();

    @Test
    void rendersEveryPoisonedLineSafely() throws IOException {
        List<String> lines = Files.readAllLines(POISONED, StandardCharsets.UTF_8);
        assertTrue(lines.size() > 30);
        for (String line : lines) {
            PoisonedInput.assertSafe(line, richText.prose(List.of(line)).html().html());
            PoisonedInput.assertSafe(line, richText.inline(line).html());
            PoisonedInput.assertPlain(line, richText.plain(line));
        }
        String whole = String.join("\n\n", lines);
        PoisonedInput.assertSafe(
                "whole fixture", richText.prose(List.of(whole)).html().html());
    }

    @Test
    void removesDangerousMarkupThatReachesTheGate() {
        String dirty = "<p onclick=\"x()\">a<script>alert(1)</script><img src=x onerror=y()>"
                + "<a href=\"javascript:alert(1)\">js</a><a href=\"java&#x09;script:alert(1)\">tab</a>"
                + "<span class=\"evil\">s</span><span class=\"math\" data-tex=\"x\" style=\"color:red\">m</span>"
                + "<iframe src=\"https://e.example\"></iframe><style>p{}</style></p>";
        assertEquals(
                "<p>ajstabs<span class=\"math\" data-tex=\"x\">m</span></p>",
                sanitizer.clean(dirty, false).html());
    }

    @Test
    void keepsSafeLinksAndMarksExternalOnes() {
        assertEquals(
                "<a href=\"https://x.org\" rel=\"noopener nofollow\">x</a> <a href=\"a/b.html\">b</a>"
                        + " <a href=\"mailto:a@b.org\" rel=\"noopener nofollow\">m</a>",
                sanitizer
                        .clean(
                                "<a href=\"https://x.org\" rel=\"opener\">x</a> <a href=\"a/b.html\">b</a>"
                                        + " <a href=\"mailto:a@b.org\">m</a>",
                                true)
                        .html());
    }

    @Test
    void dropsParagraphsWhenInline() {
        assertEquals(
                "one<strong>two</strong>",
                sanitizer.clean("<p>one</p><p><strong>two</strong></p>", true).html());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JAVASCRIPT:x",
                " javascript:x",
                "java\tscript:x",
                "data:text/html,x",
                "vbscript:x",
                "file:///etc/passwd"
            })
    void rejectsUnsafeSchemes(String href) {
        assertFalse(HtmlSanitizer.allowedScheme(href));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"https://x.org", "http://x.org", "mailto:a@b.org", "a/b.html", "/abs", "#frag", "?q=a:b", "a/b:c"
            })
    void acceptsSafeSchemesAndRelativeLinks(String href) {
        assertTrue(HtmlSanitizer.allowedScheme(href));
    }
}
