package dev.sitegen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RichTextTest {

    private final RichText richText = new RichText();

    /** One text as a block of paragraphs, the way the site renders an abstract. */
    private Html block(String source) {
        return richText.prose(List.of(source)).html();
    }

    static Stream<Arguments> inlineCases() {
        return Stream.of(
                Arguments.of("markdown bold and em", "**bold** and *em*", "<strong>bold</strong> and <em>em</em>"),
                Arguments.of(
                        "markdown link gets rel",
                        "[code](https://x.org/a_b)",
                        "<a href=\"https://x.org/a_b\" rel=\"noopener nofollow\">code</a>"),
                Arguments.of("relative link stays, no rel", "[docs](docs/a.html)", "<a href=\"docs/a.html\">docs</a>"),
                Arguments.of("textbf", "\\textbf{FakeXplained} dataset", "<strong>FakeXplained</strong> dataset"),
                Arguments.of("textit and emph", "\\textit{(i)} and \\emph{before}", "<em>(i)</em> and <em>before</em>"),
                Arguments.of("texttt", "\\texttt{Sonata}", "<code>Sonata</code>"),
                Arguments.of("underline", "\\underline{Ada}ptive", "<u>Ada</u>ptive"),
                Arguments.of(
                        "url",
                        "at \\url{https://github.com/PKU-ML/STS}.",
                        "at <a href=\"https://github.com/PKU-ML/STS\" rel=\"noopener nofollow\">"
                                + "https://github.com/PKU-ML/STS</a>."),
                Arguments.of(
                        "href",
                        "\\href{https://github.com/TheRoadQaQ/ReLIFT}{here}",
                        "<a href=\"https://github.com/TheRoadQaQ/ReLIFT\" rel=\"noopener nofollow\">here</a>"),
                Arguments.of("escaped specials", "14.4\\% R\\&D a\\_b \\#1 \\$5", "14.4% R&amp;D a_b #1 $5"),
                Arguments.of("tilde is a no-break space", "633~GB", "633&nbsp;GB"),
                Arguments.of(
                        "tex quotes and dashes",
                        "``think with images'' Newton--Schulz a---b",
                        "“think with images” Newton–Schulz a—b"),
                Arguments.of("unknown macro keeps its argument", "\\tsc{rBridge} wins", "rBridge wins"),
                Arguments.of(
                        "unknown macro without argument shows its name",
                        "\\model{} and \\ours, \\ie, ok",
                        "model and ours, i.e., ok"),
                Arguments.of("colour and citation dropped", "{\\color{black} tool} \\citep{Anderson1982}.", "tool ."),
                Arguments.of("ding", "\\ding{183} ACES", "❷ ACES"),
                Arguments.of("text that looks like html", "a<b and <5% & c>d", "a&lt;b and &lt;5% &amp; c&gt;d"),
                Arguments.of("currency is text", "costs $5 to $10, or $0.60 each", "costs $5 to $10, or $0.60 each"),
                Arguments.of(
                        "inline math",
                        "we propose $\\nabla$-reasoner",
                        "we propose <span class=\"math\" data-tex=\"\\nabla\">∇</span>-reasoner"),
                Arguments.of(
                        "text command inside math (digest line 3442) reads as a number",
                        "by $\\textbf{11$^{\\circ}$}$",
                        "by 11°"),
                Arguments.of("paren math", "by \\(x_i\\)", "by <span class=\"math\" data-tex=\"x_i\">x_i</span>"),
                Arguments.of("a percentage is text", "by \\(7.4\\%\\)", "by 7.4%"),
                Arguments.of(
                        "numbers with units are text",
                        "a $1.5$B model, $\\sim 40\\%$ and $10^6$ steps",
                        "a 1.5B model, ~ 40% and 10⁶ steps"),
                Arguments.of("display math", "$$x^2$$", "<span class=\"math display\" data-tex=\"x^2\">x²</span>"),
                Arguments.of(
                        "bracket display math", "\\[a_1\\]", "<span class=\"math display\" data-tex=\"a_1\">a₁</span>"),
                Arguments.of(
                        "underscores in math are not markdown",
                        "$a_1 * b_2$ and _c_",
                        "<span class=\"math\" data-tex=\"a_1 * b_2\">a₁ * b₂</span> and <em>c</em>"),
                Arguments.of("group around math is balanced", "a {1.85$\\times$} speedup", "a 1.85× speedup"),
                Arguments.of(
                        "text command around math",
                        "\\textbf{up $x$}",
                        "<strong>up <span class=\"math\" data-tex=\"x\">x</span></strong>"),
                Arguments.of("adjacent math spans", "$<1$$\\textperthousand$", "&lt;1‰"),
                Arguments.of(
                        "lost backslash before texttt",
                        "提出了$ exttt{Sonata}$,利用",
                        "提出了<span class=\"math\" data-tex=\"\\texttt{Sonata}\">Sonata</span>,利用"),
                Arguments.of(
                        "lost backslash before symbol",
                        "($Delta$4.1%)",
                        "(<span class=\"math\" data-tex=\"\\Delta\">Δ</span>4.1%)"),
                Arguments.of("unicode in math", "steps$\\unicode{x2013}$those", "steps–those"),
                Arguments.of(
                        "bare url becomes a link, trailing period stays text",
                        "Code at https://github.com/BASHLab/OWL.",
                        "Code at <a href=\"https://github.com/BASHLab/OWL\" rel=\"noopener nofollow\">"
                                + "https://github.com/BASHLab/OWL</a>."),
                Arguments.of(
                        "bare url stops at chinese punctuation",
                        "代码见https://x.org/a,欢迎",
                        "代码见<a href=\"https://x.org/a\" rel=\"noopener nofollow\">https://x.org/a</a>,欢迎"),
                Arguments.of("url in code is not linked", "`https://x.org`", "<code>https://x.org</code>"),
                Arguments.of("plain chinese", "准确率从26.0%提升至28.0%。", "准确率从26.0%提升至28.0%。"),
                Arguments.of("numbered line stays text", "1. first", "1. first"),
                Arguments.of("hash line stays text", "# not a heading", "# not a heading"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inlineCases")
    void rendersInline(String name, String source, String expected) {
        assertEquals(expected, richText.inline(source).html());
    }

    @Test
    void wrapsBlocksInParagraphsSplitOnBlankLines() {
        assertEquals("<p>one\nline</p>\n<p>two</p>", block("one\nline\n\ntwo").html());
    }

    @Test
    void proseIsTheBlockOfItsParagraphsWithEachParagraphsPlainText() {
        List<String> paragraphs = List.of(
                "We **boost** $\\nabla$ by 5\\%.",
                "Plain second one.", "See \\url{https://example.org} and \\textit{more}.");
        RichText.Prose prose = new RichText().prose(paragraphs);
        assertEquals(block(String.join("\n\n", paragraphs)), prose.html());
        assertEquals(paragraphs.stream().map(richText::plain).toList(), prose.plain());
    }

    @Test
    void proseOfOneSimpleParagraphNeedsNoParser() {
        RichText.Prose prose = richText.prose(List.of(" just words "));
        assertEquals("<p>just words</p>", prose.html().html());
        assertEquals(List.of("just words"), prose.plain());
    }

    @Test
    void joinsParagraphsWhenInline() {
        assertEquals("one two", richText.inline("one\n\ntwo").html());
    }

    @Test
    void reportsMathOnlyWhenPresent() {
        assertTrue(block("TS$^k$").hasMath());
        assertFalse(block("costs $5").hasMath());
        // Issue 18: "1.5B" or "40%" written in dollars does not load the math library.
        assertFalse(
                block("a $1.5$B model, $2.3\\times$ faster, $40\\%$ of $10^6$").hasMath());
        assertFalse(block("**bold**").hasMath());
    }

    @Test
    void escapesRawHtmlInsteadOfRenderingIt() {
        String html =
                block("<script>alert(1)</script> <img src=x onerror=alert(1)>").html();
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>", html);
    }

    @Test
    void doesNotDoubleEscapeEntities() {
        assertEquals("<p>R&amp;D &lt;5%</p>", block("R&D <5%").html());
        assertEquals(
                "<p>x <span class=\"math\" data-tex=\"a&lt;b&amp;c\">a&lt;b&amp;c</span></p>",
                block("x $a<b&c$").html());
    }

    @Test
    void plainTextShowsWhatAReaderSees() {
        assertEquals(
                "DCR: Discernment via Contrastive Refinement, up 3.6% and ∇-reasoner",
                richText.plain("DCR: $\\textbf{D}$iscernment via $\\textbf{C}$ontrastive $\\textbf{R}$efinement,"
                        + " up **3.6\\%** and $\\nabla$-reasoner"));
        assertEquals("a<b & c, code here", richText.plain("a<b & c, \\texttt{code} \\href{https://x.org}{here}"));
    }

    @Test
    void plainTextKeepsUnreadableMathAsItsSource() {
        assertEquals("O(L³) with π_β,B(y| x)", richText.plain("$\\mathcal{O}(L^3)$ with $\\pi_{\\beta,B}(y\\mid x)$"));
    }

    @Test
    void givesTheSameResultsWhenSharedAcrossThreads() throws Exception {
        List<String> sources = DigestFields.read().stream()
                .map(DigestFields.Field::text)
                .limit(1500)
                .toList();
        List<Html> sequential = sources.stream().map(this::block).toList();
        List<Html> parallel = sources.parallelStream().map(this::block).toList();
        assertEquals(sequential, parallel);
    }

    @Test
    void rejectsNull() {
        org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class, () -> richText.prose(null));
    }
    /** The string shortcut for markup-free text must agree with jsoup for every character it lets through. */
    @Test
    void markupFreeShortcutMatchesJsoupForEveryCharacter() {
        for (char c = 1; c < Character.MAX_VALUE; c++) {
            for (String source : List.of("a" + c + " b", " " + c + c + "b ", "x" + c)) {
                assertEquals(
                        richText.render(source, false, true).body().html().strip(),
                        block(source).html(),
                        () -> "block of U+" + Integer.toHexString(source.charAt(1)));
                assertEquals(
                        richText.render(source, true, true).body().html().strip(),
                        richText.inline(source).html(),
                        () -> "inline of U+" + Integer.toHexString(source.charAt(1)));
                assertEquals(
                        richText.render(source, false, true).body().text(),
                        richText.plain(source),
                        () -> "plain of U+" + Integer.toHexString(source.charAt(1)));
            }
        }
    }
}
