package dev.sitegen.site;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.model.Tag;
import dev.sitegen.model.TagRef;
import dev.sitegen.model.Topic;
import dev.sitegen.render.Link;
import dev.sitegen.render.PaperItem;
import dev.sitegen.render.Star;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Turns papers into list entries and their tags and topics into links, relative to the page that shows them. Thread-safe. */
final class PaperItems {
    private final SiteLayout layout;
    private final PaperTexts texts;
    private final Map<String, Tag> tags;
    private final Map<String, PaperItem> items = new ConcurrentHashMap<>();
    private final Map<TagLinkKey, Link> tagLinks = new ConcurrentHashMap<>();

    PaperItems(SiteLayout layout, PaperTexts texts, Catalog catalog) {
        this.layout = layout;
        this.texts = texts;
        this.tags = catalog.tagsBySlug();
    }

    /**
     * The paper as a list entry on the page at {@code fromPath}. Links are relative, so an entry is the same on
     * every page as deep as that one: the thousand tag pages share one entry per paper, made once.
     */
    PaperItem item(Paper paper, String fromPath) {
        String prefix = layout.rootPrefix(fromPath);
        return items.computeIfAbsent(
                prefix + paper.id(),
                key -> new PaperItem(
                        layout.hrefFromRoot(prefix, layout.paper(paper.id())),
                        texts.title(paper),
                        tagLinks(paper, fromPath),
                        texts.summary(paper),
                        star(paper)));
    }

    /** What the paper's reading-list button stores: id, plain title, topic, path from the site root. */
    Star star(Paper paper) {
        return new Star(paper.id(), paper.title(), paper.topic(), layout.fromRoot(layout.paper(paper.id())));
    }

    /** A paper's tags by canonical name, once each even if two spellings fold into one tag. */
    List<Link> tagLinks(Paper paper, String fromPath) {
        return paper.tags().stream()
                .map(TagRef::slug)
                .distinct()
                .map(slug -> tagLink(slug, fromPath, false))
                .toList();
    }

    /**
     * A link to a tag page; {@code withCount} adds the number of papers. Made once per depth, like items: every
     * paper page links its tags and those of its similar papers, and percent-encoding the slug is not free.
     */
    Link tagLink(String slug, String fromPath, boolean withCount) {
        String prefix = layout.rootPrefix(fromPath);
        return tagLinks.computeIfAbsent(new TagLinkKey(prefix, slug, withCount), key -> {
            Tag tag = tags.get(slug);
            if (tag == null) {
                throw new IllegalStateException("paper refers to tag '" + slug + "' that the catalog does not have");
            }
            return new Link(layout.hrefFromRoot(prefix, layout.tag(slug)), tag.name(), withCount ? tag.count() : 0);
        });
    }

    /** A link to a topic page with the topic's paper count. */
    Link topicLink(Topic topic, String fromPath) {
        return new Link(
                layout.href(fromPath, layout.topic(topic.slug())),
                topic.name(),
                topic.papers().size());
    }

    private record TagLinkKey(String rootPrefix, String slug, boolean withCount) {}
}
