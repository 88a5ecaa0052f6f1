package dev.sitegen.render;

import java.util.List;

/**
 * A tag page: the papers with that tag, grouped by topic; {@code spellings} are its other written forms,
 * {@code relatedTags} the tags most often found on the same papers (count: papers carrying both).
 * {@code alsoAbout} are papers without the tag whose abstract names it at least {@code minMentions} times, at
 * most a page's worth of the {@code alsoAboutTotal}.
 */
public record TagView(
        PageView page,
        String name,
        int paperCount,
        List<String> spellings,
        String allTagsHref,
        List<Link> relatedTags,
        List<TopicGroup> topics,
        List<PaperItem> alsoAbout,
        int alsoAboutTotal,
        int minMentions) {
    public TagView {
        spellings = List.copyOf(spellings);
        relatedTags = List.copyOf(relatedTags);
        topics = List.copyOf(topics);
        alsoAbout = List.copyOf(alsoAbout);
    }

    /** The papers of one topic that carry the tag. */
    public record TopicGroup(Link topic, List<PaperItem> papers) {
        public TopicGroup {
            papers = List.copyOf(papers);
        }
    }
}
