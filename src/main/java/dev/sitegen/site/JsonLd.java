package dev.sitegen.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitegen.text.Html;
import java.util.List;
import java.util.Optional;

/**
 * Schema.org structured data for a paper page, built with Jackson and made safe to sit inside a
 * {@code <script>} element: every {@code <}, {@code >} and {@code &} is written as a JSON escape, so no
 * content can close the script or open a comment.
 */
final class JsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLd() {}

    static Html scholarlyArticle(
            String headline,
            String description,
            String language,
            List<String> keywords,
            String topic,
            Optional<String> url,
            String siteName) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@context", "https://schema.org");
        node.put("@type", "ScholarlyArticle");
        node.put("headline", headline);
        node.put("description", description);
        node.put("inLanguage", language);
        node.put("about", topic);
        node.put("keywords", String.join(", ", keywords));
        url.ifPresent(u -> node.put("url", u));
        node.putObject("isPartOf").put("@type", "WebSite").put("name", siteName);
        try {
            String json = JSON.writeValueAsString(node);
            return new Html(json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"), false);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise JSON-LD for " + headline, e);
        }
    }
}
