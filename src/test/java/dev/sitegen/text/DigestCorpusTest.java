package dev.sitegen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Runs every field of the real digest through RichText and checks that no LaTeX or Markdown leaks. */
class DigestCorpusTest {

    private static final List<String> LEAKS =
            List.of("\\textbf", "\\textit", "\\emph", "\\texttt", "\\url", "\\href", "\\underline", "\\%", "**");
    /** A "$" pair that would have been math: $, a non-space, …, a non-space, $. */
    private static final Pattern MATH_DOLLARS = Pattern.compile("\\$[^\\s$]([^$]*[^\\s$])?\\$");

    private static final Pattern COMMAND = Pattern.compile("\\\\[a-zA-Z]+");

    private final RichText richText = new RichText();

    @Test
    void leavesNoLatexOrMarkdownInTheRealDigest() throws IOException {
        List<DigestFields.Field> fields = DigestFields.read();
        assertTrue(fields.size() > 4000, "found " + fields.size() + " fields");
        List<String> leaks = new ArrayList<>();
        int strayDollars = 0;
        int mathFields = 0;
        for (DigestFields.Field field : fields) {
            Html html = richText.prose(List.of(field.text())).html();
            mathFields += html.hasMath() ? 1 : 0;
            Document doc = Jsoup.parseBodyFragment(html.html());
            doc.select("span.math").remove();
            String visible = doc.body().text();
            String plain = richText.plain(field.text());
            for (String text : List.of(visible, plain)) {
                for (String leak : LEAKS) {
                    if (text.contains(leak)) {
                        leaks.add("line " + field.line() + ": " + leak + " in " + excerpt(text, leak));
                    }
                }
                Matcher command = COMMAND.matcher(text);
                if (command.find()) {
                    leaks.add(
                            "line " + field.line() + ": " + command.group() + " in " + excerpt(text, command.group()));
                }
            }
            if (MATH_DOLLARS.matcher(visible).find()) {
                leaks.add("line " + field.line() + ": math dollars in " + visible);
            }
            strayDollars += (int) visible.chars().filter(c -> c == '$').count();
            if (visible.indexOf('{') >= 0 || visible.indexOf('}') >= 0) {
                leaks.add("line " + field.line() + ": brace in "
                        + excerpt(visible, visible.indexOf('{') >= 0 ? "{" : "}"));
            }
        }
        System.out.printf(
                "digest: %d fields, %d with math, %d stray '$' kept as text%n",
                fields.size(), mathFields, strayDollars);
        assertEquals(List.of(), leaks);
    }

    private static String excerpt(String text, String needle) {
        int at = text.indexOf(needle);
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 60));
    }
}
