package dev.sitegen.render;

import java.util.List;

/** The tag index: the most used tags, then every tag in alphabetical groups with jump links. */
public record TagIndexView(PageView page, int tagCount, List<Link> mostUsed, List<Group> groups) {
    public TagIndexView {
        mostUsed = List.copyOf(mostUsed);
        groups = List.copyOf(groups);
    }

    /** One alphabetical group: its heading ({@code A} or {@code #}), the fragment id and its tags. */
    public record Group(String heading, String id, List<Link> tags) {
        public Group {
            tags = List.copyOf(tags);
        }
    }
}
