package dev.sitegen.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** Test helper: the safety checks every RichText output must pass. */
final class PoisonedInput {

    private static final Set<String> ALLOWED_TAGS =
            Set.of("body", "p", "em", "strong", "code", "a", "span", "sub", "sup", "u", "br");

    private PoisonedInput() {}

    static void assertSafe(String source, String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element el : body.getAllElements()) {
            assertTrue(ALLOWED_TAGS.contains(el.tagName()), () -> "tag " + el.tagName() + " from " + source);
            for (Attribute attr : el.attributes()) {
                String key = attr.getKey().toLowerCase(Locale.ROOT);
                assertFalse(key.startsWith("on"), () -> "event handler " + key + " from " + source);
                assertTrue(Set.of("href", "rel", "class", "data-tex").contains(key), () -> "attr " + key);
            }
            if (el.tagName().equals("a")) {
                assertTrue(HtmlSanitizer.allowedScheme(el.attr("href")), () -> "href " + el.attr("href"));
            }
            if (el.tagName().equals("span")) {
                assertTrue(el.hasClass("math"), () -> "span without math class from " + source);
            }
        }
    }

    /** Plain text is text: none of our tags and no placeholder may appear unless the source had it. */
    static void assertPlain(String source, String plain) {
        for (String tag : new String[] {"<p>", "<a ", "<span", "<strong>", "<em>", "<code>", "<u>", "<br", "<sub>"}) {
            assertTrue(source.contains(tag) || !plain.contains(tag), () -> tag + " in plain text of " + source);
        }
        assertTrue(plain.chars().noneMatch(c -> Markup.isPlaceholder((char) c)), "placeholder leaked");
    }
}
