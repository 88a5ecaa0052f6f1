package dev.sitegen.render;

import java.util.List;

/** The Atom feed: one entry per paper; {@code updated} is when the content last changed, never the build time. */
public record FeedView(
        String title,
        String subtitle,
        String id,
        String selfHref,
        String siteHref,
        String updated,
        List<Entry> entries) {
    public FeedView {
        entries = List.copyOf(entries);
    }

    /** One paper: a stable id, its page, title, topic and plain-text summary. */
    public record Entry(String id, String href, String title, String topic, String summary) {}
}
