package dev.sitegen.text;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Turns one field of digest text (Markdown, text-mode LaTeX and math) into safe HTML or plain text.
 * Thread-safe: build one and share it; the flexmark parser and renderer are built once here.
 *
 * <p>Order matters: math is cut out first (so {@code _} and {@code *} inside it are not Markdown), text-mode
 * LaTeX becomes Markdown plus placeholders, flexmark renders with raw HTML escaped, placeholders become tags,
 * and a jsoup cleaner is the last gate. Math is emitted as
 * <pre>{@code <span class="math" data-tex="\nabla">∇</span>}
 * {@code <span class="math display" data-tex="x^2">x²</span>}</pre>
 * where {@code data-tex} is the TeX source (HTML-escaped) for KaTeX and the content is a readable fallback,
 * so no {@code $} ever shows. {@code dev/sitegen/text/math.js} renders every {@code .math[data-tex]} element with
 * {@code katex.render(tex, el, {throwOnError: false, displayMode: el.classList.contains("display")})}, leaving
 * KaTeX's {@code trust} off. Besides math spans the output holds only p (block only), em, strong, code, u, sub,
 * sup, br and a[href] with http, https, mailto or relative URLs; absolute links carry
 * {@code rel="noopener nofollow"} and bare URLs in text become links.
 *
 * <p>Given a {@link ContentMemo}, renderings are memoized per source: the search index, the related-papers
 * vectors and the pages all ask for the same abstracts, and {@code serve} asks for them on every rebuild.
 */
public final class RichText {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final Optional<ContentMemo> memo;

    /** Renders every text when it is asked for. */
    public RichText() {
        this(Optional.empty());
    }

    /** Renders each text once while {@code memo} holds it. */
    public RichText(ContentMemo memo) {
        this(Optional.of(memo));
    }

    private RichText(Optional<ContentMemo> memo) {
        this.memo = memo;
        MutableDataSet options = new MutableDataSet()
                // Only paragraphs and inline Markdown: digest lines such as "1. …" or "# tag" are text.
                .set(Parser.HEADING_PARSER, false)
                .set(Parser.LIST_BLOCK_PARSER, false)
                .set(Parser.BLOCK_QUOTE_PARSER, false)
                .set(Parser.THEMATIC_BREAK_PARSER, false)
                .set(Parser.INDENTED_CODE_BLOCK_PARSER, false)
                .set(Parser.FENCED_CODE_BLOCK_PARSER, false)
                .set(Parser.HTML_BLOCK_PARSER, false)
                .set(Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR, false)
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * Paragraphs shown as one block of {@code <p>…</p>} (joined by blank lines), together with each paragraph's
     * {@link #plain} text taken from that same render: an abstract is shown on its page, indexed for search and compared for related papers, and
     * this renders it once for all three.
     */
    public Prose prose(List<String> paragraphs) {
        // Keyed by the paragraphs themselves (the paper's own list), so the memo holds no copy of the text.
        return memoized("prose", List.copyOf(paragraphs), list -> renderProse(String.join("\n\n", list), list));
    }

    /** A block's HTML and the plain text of each of its paragraphs. */
    public record Prose(Html html, List<String> plain) {
        public Prose {
            plain = List.copyOf(plain);
        }
    }

    private Prose renderProse(String source, List<String> paragraphs) {
        String simple = simple(prepare(source, false));
        if (simple != null) {
            return simple.isEmpty()
                    ? new Prose(new Html("", false), paragraphs.isEmpty() ? List.of() : List.of(""))
                    : new Prose(new Html("<p>" + simple + "</p>", false), List.of(simple));
        }
        Rendered r = render(source, false, true);
        Html html = new Html(r.body().html().strip(), r.hasMath());
        List<Element> blocks = r.body().children();
        boolean oneBlockPerParagraph = blocks.size() == paragraphs.size()
                && blocks.stream().allMatch(b -> b.normalName().equals("p"))
                && r.body().textNodes().stream().allMatch(t -> t.isBlank());
        // A paragraph flexmark split or merged (rare: unbalanced math or braces across paragraphs) is made on its own.
        List<String> plain = oneBlockPerParagraph
                ? blocks.stream().map(Element::text).toList()
                : paragraphs.stream().map(this::plain).toList();
        return new Prose(html, plain);
    }

    /** A short text rendered inline, with no block wrapper (titles, TL;DR, list summaries). */
    public Html inline(String source) {
        return memoized("inline", source, this::renderInline);
    }

    private Html renderInline(String source) {
        String simple = simple(prepare(source, true));
        if (simple != null) {
            return new Html(simple, false);
        }
        Rendered r = render(source, true, true);
        return new Html(r.body().html().strip(), r.hasMath());
    }

    /**
     * The text a reader sees, with markup removed and math as readable TeX (search index, meta descriptions).
     * It is text, not HTML: {@code a<b} stays {@code a<b}, so templates must escape it as usual.
     */
    public String plain(String source) {
        return memoized("plain", source, this::renderPlain);
    }

    private <K, V> V memoized(String kind, K source, Function<K, V> render) {
        return memo.isEmpty() ? render.apply(source) : memo.get().get(kind, source, render);
    }

    private String renderPlain(String source) {
        String simple = simple(prepare(source, false));
        return simple != null ? simple : render(source, false, true).body().text();
    }

    record Rendered(Element body, boolean hasMath) {}

    /** The whole pipeline; {@code fastPath} lets tests compare the shortcut for markup-free text with it. */
    Rendered render(String source, boolean inline, boolean fastPath) {
        String text = prepare(source, inline);
        if (fastPath && isPlain(text)) {
            Document shell = Document.createShell("");
            shell.outputSettings().prettyPrint(false);
            String stripped = text.strip();
            if (!stripped.isEmpty()) {
                (inline ? shell.body() : shell.body().appendElement("p")).appendText(stripped);
            }
            return new Rendered(shell.body(), false);
        }
        List<String> math = new ArrayList<>();
        boolean needsKatex = false;
        StringBuilder protectedText = new StringBuilder(text.length() + 32);
        for (MathSpans.Segment segment : MathSpans.split(text)) {
            if (segment.math()) {
                protectedText.append(Markup.MATH_OPEN).append(math.size()).append(Markup.MATH_CLOSE);
                String tex = MathText.repairBareSymbol(segment.content());
                // "40%" or "1.5B" in dollars reads the same as text: no math span, so no math library for it.
                boolean numberLike = !segment.display() && MathText.isNumberLike(tex);
                math.add(numberLike ? Entities.escape(MathText.readable(tex)) : mathSpan(segment.display(), tex));
                needsKatex |= !numberLike;
            } else {
                protectedText.append(segment.content());
            }
        }
        // LaTeX runs over the whole field so groups around math balance: "{1.85$\times$}", "\textbf{a $x$}".
        String markdown = LatexText.toMarkdown(protectedText.toString());
        String html = renderer.render(parser.parse(markdown));
        return new Rendered(sanitizer.clean(restore(html, math), inline), needsKatex);
    }

    private static String mathSpan(boolean display, String tex) {
        return "<span class=\"math" + (display ? " display" : "") + "\" data-tex=\""
                + Entities.escape(MathText.forKatex(tex)) + "\">" + Entities.escape(MathText.readable(tex)) + "</span>";
    }

    /** Swaps placeholders for tags and math spans; a stray placeholder (e.g. inside a URL) is dropped. */
    private static String restore(String html, List<String> math) {
        StringBuilder out = new StringBuilder(html.length() + math.size() * 64);
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (!Markup.isPlaceholder(c)) {
                out.append(c);
            } else if (c == Markup.MATH_OPEN) {
                int close = html.indexOf(Markup.MATH_CLOSE, i);
                String index = close < 0 ? "" : html.substring(i + 1, close);
                if (!index.isEmpty()
                        && index.chars().allMatch(Character::isDigit)
                        && Integer.parseInt(index) < math.size()) {
                    out.append(math.get(Integer.parseInt(index)));
                    i = close;
                }
            } else {
                String tag = Markup.tagFor(c);
                out.append(tag == null ? "" : tag);
            }
        }
        return out.toString();
    }

    private static String prepare(String source, boolean inline) {
        Objects.requireNonNull(source, "source");
        return SourceText.normalize(inline ? BLANK_LINES.matcher(source).replaceAll(" ") : source);
    }

    /**
     * Markup-free text that is its own HTML and its own plain text, stripped; else null. Most fields are
     * like this, and a jsoup document for each is most of the cost of a cold build. The excluded characters
     * are exactly those jsoup would escape, drop or collapse (controls, {@code & < >}, no-break space, soft
     * hyphen, zero-width space, lone surrogates, runs of spaces); {@code RichTextTest} checks every one.
     */
    private static String simple(String text) {
        if (!isPlain(text)) {
            return null;
        }
        String stripped = text.strip();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c < ' '
                    || c == '\u00a0'
                    || c == '\u00ad'
                    || c == '\u200b'
                    || Character.isSurrogate(c)
                    || c == ' ' && stripped.charAt(i + 1) == ' ') {
                return null;
            }
        }
        return stripped;
    }

    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("\\$*_`[]<>&{}~!\n\t".indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return !text.contains("''") && !text.contains("--") && !text.contains("http");
    }
}
