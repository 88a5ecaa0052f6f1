package dev.sitegen.render;

import dev.sitegen.text.Html;
import java.util.List;

/** A paper in a list: its title linked to its page, its tags as links, a one-line summary and its star button. */
public record PaperItem(String href, Html title, List<Link> tags, Html summary, Star star) {
    public PaperItem {
        tags = List.copyOf(tags);
    }
}
