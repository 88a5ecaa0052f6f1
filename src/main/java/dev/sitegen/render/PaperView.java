package dev.sitegen.render;

import dev.sitegen.text.Html;
import java.util.List;

/**
 * A paper page: title, topic breadcrumb, tags, TL;DR, the labelled summary fields, the abstract,
 * similar papers, previous/next within the topic, outbound search links, links to its source in the
 * repository (empty unless configured), and its star button.
 * Absent parts are {@code null}: the template tests them with {@code ??}.
 */
public record PaperView(
        PageView page,
        Html title,
        Link area,
        Link topic,
        List<Link> tags,
        Html tldr,
        List<Field> fields,
        Html abstractHtml,
        List<RelatedItem> related,
        Link previous,
        Link next,
        List<Link> elsewhere,
        List<Link> source,
        Star star) {
    public PaperView {
        tags = List.copyOf(tags);
        fields = List.copyOf(fields);
        related = List.copyOf(related);
        elsewhere = List.copyOf(elsewhere);
        source = List.copyOf(source);
    }

    /** One labelled summary field ({@code 🎯 研究动机}) with its rendered text. */
    public record Field(String icon, String label, Html text) {}
}
