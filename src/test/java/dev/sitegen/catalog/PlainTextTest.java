package dev.sitegen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PlainTextTest {
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+)\\s*");
    private static final Pattern MARKUP = Pattern.compile("[$*_^{}`]|\\\\(?=[%&#])");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TAB_EATEN = Pattern.compile("(?<=^|[\\s$])ext(?:tt|bf|it|sc|rm|sf)(?=\\{)");

    @Test
    void texAndMarkdownBecomePlainText() {
        assertEquals(
                "α-tuned Sonata cuts loss by 3% in “fast” code",
                PlainText.of("$\\alpha$-tuned $\texttt{Sonata}$ cuts **loss** by 3\\% in ``fast''  `code`"));
    }

    /**
     * The one-pass clean-up gives what the regexes it replaced give, on text made of the characters that matter
     * (no letters that spell a symbol other than alpha).
     */
    @Test
    void sameAsTheRegexes() {
        String alphabet = "qZ9 \t\n\u000B\f\r\u2003$\\{}*_^`%&#'extbf漢\uD83D\uDE00";
        Random random = new Random(17);
        for (int n = 0; n < 20000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(
                        random.nextInt(8) == 0
                                ? random.nextBoolean() ? "\\alpha" : "exttt{"
                                : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            String raw = text.toString();
            assertEquals(byRegex(raw), PlainText.of(raw), raw);
        }
    }

    private static String byRegex(String raw) {
        String text = raw.replace("``", "“").replace("''", "”");
        Matcher m = COMMAND.matcher(TAB_EATEN.matcher(text).replaceAll(""));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group(1).equals("alpha") ? "α" : "");
        }
        m.appendTail(out);
        return SPACES.matcher(MARKUP.matcher(out).replaceAll(""))
                .replaceAll(" ")
                .strip();
    }
}
