package dev.sitegen.text;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The last gate: a jsoup {@link Cleaner} keeps only p, em, strong, code, a[href], span.math, sub, sup, u, br,
 * removes links whose scheme is not http, https or mailto (relative links stay), and marks absolute links
 * {@code rel="noopener nofollow"}; bare URLs in text become links. Thread-safe: safelists are read-only once built.
 */
final class HtmlSanitizer {

    /** Lets relative links survive the cleaner's protocol check without changing them. */
    private static final String BASE_URI = "https://base.invalid/";

    private final Cleaner blockCleaner = new Cleaner(safelist(true));
    private final Cleaner inlineCleaner = new Cleaner(safelist(false));

    /** The cleaned fragment's body; its children are the safe HTML. */
    Element clean(String html, boolean inline) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE_URI);
        Document clean = (inline ? inlineCleaner : blockCleaner).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        BareLinks.link(clean.body());
        for (Element a : clean.body().select("a")) {
            String href = a.attr("href");
            if (href.isEmpty() || !allowedScheme(href)) {
                a.unwrap();
            } else if (!href.startsWith("/") && href.contains(":")) {
                a.attr("rel", "noopener nofollow");
            }
        }
        for (Element span : clean.body().select("span")) {
            if (!span.hasClass("math")) {
                span.unwrap();
            }
        }
        return clean.body();
    }

    /** True for http, https, mailto and scheme-less (relative) links, judged as a browser would read them. */
    static boolean allowedScheme(String href) {
        StringBuilder squeezed = new StringBuilder(href.length());
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:").
            if (c > ' ' && c != '\u007F') {
                squeezed.append(c);
            }
        }
        String url = squeezed.toString().toLowerCase(Locale.ROOT);
        int colon = url.indexOf(':');
        if (colon < 0) {
            return true;
        }
        String scheme = url.substring(0, colon);
        // A slash, query or fragment before the colon makes the link a relative path, not a scheme.
        return scheme.chars().anyMatch(c -> "/?#".indexOf(c) >= 0)
                || scheme.equals("http")
                || scheme.equals("https")
                || scheme.equals("mailto");
    }

    private static Safelist safelist(boolean paragraphs) {
        Safelist safelist = new Safelist()
                .addTags("em", "strong", "code", "a", "span", "sub", "sup", "u", "br")
                .addAttributes("a", "href")
                .addAttributes("span", "class", "data-tex")
                .addProtocols("a", "href", "http", "https", "mailto")
                .preserveRelativeLinks(true);
        return paragraphs ? safelist.addTags("p") : safelist;
    }
}
