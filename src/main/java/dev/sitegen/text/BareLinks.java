package dev.sitegen.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns bare {@code http(s)://} URLs in text ("Code is available at https://github.com/…") into links.
 * Runs on the cleaned tree, never inside links, code or math; trailing sentence punctuation stays text.
 */
final class BareLinks {

    /** Printable ASCII only, so a URL ends at whitespace, brackets, quotes or the Chinese text that follows. */
    private static final Pattern URL = Pattern.compile("https?://[!-~&&[^<>\"'()\\[\\]{}]]+");

    private static final String TRAILING = ".,;:!?";

    private BareLinks() {}

    static void link(Element root) {
        for (Element el : root.getAllElements()) {
            if (!insideNoLinkZone(el)) {
                for (TextNode text : List.copyOf(el.textNodes())) {
                    split(text);
                }
            }
        }
    }

    private static boolean insideNoLinkZone(Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            if (e.nameIs("a") || e.nameIs("code") || e.hasClass("math")) {
                return true;
            }
        }
        return false;
    }

    private static void split(TextNode node) {
        String text = node.getWholeText();
        if (!text.contains("http")) {
            return;
        }
        Matcher m = URL.matcher(text);
        List<Node> parts = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            String url = m.group();
            while (!url.isEmpty() && TRAILING.indexOf(url.charAt(url.length() - 1)) >= 0) {
                url = url.substring(0, url.length() - 1);
            }
            if (url.indexOf('.') < 0) {
                continue;
            }
            parts.add(new TextNode(text.substring(last, m.start())));
            parts.add(new Element("a").attr("href", url).text(url));
            last = m.start() + url.length();
        }
        if (parts.isEmpty()) {
            return;
        }
        parts.add(new TextNode(text.substring(last)));
        for (Node part : parts) {
            node.before(part);
        }
        node.remove();
    }
}
