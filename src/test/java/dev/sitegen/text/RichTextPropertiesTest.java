package dev.sitegen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RichTextPropertiesTest {

    private final RichText richText = new RichText();

    @Provide
    Arbitrary<String> dirtyText() {
        // Letters are limited to x, y and 1 so that any tag name in the output can only come from us.
        Arbitrary<String> pieces = Arbitraries.of(
                "$",
                "$$",
                "\\",
                "{",
                "}",
                "*",
                "**",
                "_",
                "<",
                ">",
                "[",
                "]",
                "(",
                ")",
                "x",
                "y",
                "1",
                " ",
                "\n",
                "\n\n",
                "\\textbf{",
                "\\url{",
                "\\href{",
                "](",
                "~",
                "`",
                "&",
                "%",
                "\\(",
                "\\)",
                "\\[",
                "\\]",
                "javascript:",
                "http://x.y/",
                "\uE000",
                "\uE001",
                "\uE010");
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> plainText() {
        return Arbitraries.strings().withChars("xyz 1.,%。中文é()").ofMaxLength(60);
    }

    @Property(tries = 2000)
    void blockIsAlwaysSafe(@ForAll("dirtyText") String source) {
        PoisonedInput.assertSafe(source, richText.prose(List.of(source)).html().html());
    }

    @Property(tries = 2000)
    void inlineIsAlwaysSafe(@ForAll("dirtyText") String source) {
        PoisonedInput.assertSafe(source, richText.inline(source).html());
    }

    @Property(tries = 2000)
    void plainHasNoMarkup(@ForAll("dirtyText") String source) {
        PoisonedInput.assertPlain(source, richText.plain(source));
    }

    @Property(tries = 500)
    void shortcutForMarkupFreeTextMatchesTheFullPipeline(@ForAll("plainText") String source) {
        assertEquals(
                richText.render(source, false, false).body().html().strip(),
                richText.render(source, false, true).body().html().strip());
        assertEquals(
                richText.render(source, true, false).body().html().strip(),
                richText.render(source, true, true).body().html().strip());
    }
}
