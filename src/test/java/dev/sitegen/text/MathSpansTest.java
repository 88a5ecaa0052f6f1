package dev.sitegen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MathSpansTest {

    private static MathSpans.Segment text(String s) {
        return new MathSpans.Segment(s, false, false);
    }

    private static MathSpans.Segment math(String s) {
        return new MathSpans.Segment(s, true, false);
    }

    @Test
    void findsDollarMath() {
        assertEquals(List.of(text("TS"), math("^2"), text(" wins")), MathSpans.split("TS$^2$ wins"));
    }

    @Test
    void keepsCurrencyAsText() {
        assertEquals(List.of(text("from $5 to $10 and $0.60 each")), MathSpans.split("from $5 to $10 and $0.60 each"));
    }

    @Test
    void allowsDigitAfterCloserWhenContentIsNotMoney() {
        assertEquals(List.of(text("up "), math("\\sim"), text("6%")), MathSpans.split("up $\\sim$6%"));
    }

    @Test
    void keepsDollarsInsideBracesInsideTheMath() {
        assertEquals(List.of(math("\\textbf{11$^{\\circ}$}")), MathSpans.split("$\\textbf{11$^{\\circ}$}$"));
    }

    @Test
    void findsDisplayAndParenthesisedMath() {
        assertEquals(
                List.of(
                        new MathSpans.Segment("x", true, true),
                        text(" "),
                        math("y"),
                        text(" "),
                        new MathSpans.Segment("z", true, true)),
                MathSpans.split("$$x$$ \\(y\\) \\[z\\]"));
    }

    @Test
    void treatsEscapedDollarAsText() {
        assertEquals(List.of(text("\\$5 and \\$6")), MathSpans.split("\\$5 and \\$6"));
    }

    @Test
    void neverSpansABlankLine() {
        assertEquals(List.of(text("$a\n\nb$")), MathSpans.split("$a\n\nb$"));
    }

    @Test
    void leavesUnmatchedDelimitersAsText() {
        assertEquals(List.of(text("$x and \\(y")), MathSpans.split("$x and \\(y"));
    }
}
