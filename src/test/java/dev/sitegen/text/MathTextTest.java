package dev.sitegen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MathTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\\nabla|∇",
                "^2|²",
                "L_2|L₂",
                "\\textbf{11$^{\\circ}$}|11°",
                "\\mathcal{O}(n)|O(n)",
                "2.3\\times|2.3×",
                "\\sim|~",
                "\\frac{a}{b}|a/b",
                "x^{ab}|x^ab",
                "\\unicode{x2013}|–",
                "+3.4\\ \\text{percentage points}|+3.4 percentage points",
                "\\underline{\\text{M}}|M",
                "\\operatorname{softmax}(z)|softmax(z)"
            })
    void makesTexReadable(String tex, String readable) {
        assertEquals(readable, MathText.readable(tex));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"sim|\\sim", "Delta|\\Delta", "N|N", "in|in", "log|log"})
    void restoresOnlyKnownBareSymbols(String tex, String repaired) {
        assertEquals(repaired, MathText.repairBareSymbol(tex));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"a\\unicode{x2013}b|a–b", "<1\\textperthousand|<1\\text{‰}", "x^2|x^2"})
    void replacesCommandsKatexLacks(String tex, String katex) {
        assertEquals(katex, MathText.forKatex(tex));
    }
}
