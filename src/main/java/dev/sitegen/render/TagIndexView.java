package dev.sitegen.render;

import java.util.List;

/**
 * The tag index: tags carried by at least two papers, most used first, then the tags of a single paper A–Z
 * (shown behind a disclosure). {@code filterScriptHref} loads the filter box, which stays hidden without it.
 */
public record TagIndexView(
        PageView page, int tagCount, List<Entry> common, List<Entry> singletons, String filterScriptHref) {
    public TagIndexView {
        common = List.copyOf(common);
        singletons = List.copyOf(singletons);
    }

    /**
     * One tag: its link (label and paper count), the text the filter matches (name and spellings, lower case)
     * and whether it is a context tag (on a third of its area's papers).
     */
    public record Entry(Link link, String match, boolean context) {}
}
