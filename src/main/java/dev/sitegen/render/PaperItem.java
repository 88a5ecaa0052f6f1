package dev.sitegen.render;

import dev.sitegen.text.Html;
import java.util.List;

/** A paper in a list: its title linked to its page, its tags as links and a one-line summary. */
public record PaperItem(String href, Html title, List<Link> tags, Html summary) {
    public PaperItem {
        tags = List.copyOf(tags);
    }
}
