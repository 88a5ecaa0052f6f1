package dev.sitegen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatexTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\\url{https://x.org/a_b}|[https://x.org/a\\_b](<https://x.org/a_b>)",
                "\\href{https://x.org}{\\texttt{code}}|[\uE014code\uE015](<https://x.org>)",
                "\\hyperref[https://x.org]{here}|[here](<https://x.org>)",
                "\\href{https://x.org/a b}{spaced}|spaced",
                "14.4\\%|14.4\\%",
                "\\footnote{see}|' (see)'",
                "\\textcolor{black}{Former}|Former",
                "\\nameshort{} wins|nameshort wins",
                "{\\name}|name"
            })
    void rewritesTextModeLatexAsMarkdown(String latex, String markdown) {
        assertEquals(markdown, LatexText.toMarkdown(latex));
    }

    @Test
    void wrapsStylesInPlaceholders() {
        assertEquals(
                Markup.STRONG.open + "D" + Markup.STRONG.close + "iscernment",
                LatexText.toMarkdown("\\textbf{D}iscernment"));
    }

    @Test
    void keepsUnbalancedBracesAsText() {
        assertEquals("{1.85", LatexText.toMarkdown("{1.85"));
    }
}
