package dev.sitegen.site;

import dev.sitegen.discover.CatalogStats;
import dev.sitegen.discover.ContextTags;
import dev.sitegen.discover.PaperMap;
import dev.sitegen.discover.PaperMapSvg;
import dev.sitegen.discover.PaperText;
import dev.sitegen.discover.Related;
import dev.sitegen.discover.RelatedPapers;
import dev.sitegen.discover.RelatedTag;
import dev.sitegen.discover.TagCooccurrence;
import dev.sitegen.discover.TagMentions;
import dev.sitegen.discover.TermVectors;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Tag;
import dev.sitegen.model.TagRef;
import dev.sitegen.text.RichText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * What the discovery features show, computed once per build: similar papers, the paper map, the
 * statistics, each tag's related tags, the context tags that lead none of them, and the papers that name a
 * tag they do not carry (read from the text, so computed every build). The term vectors are built once and
 * feed both the similar papers and the map, which are computed side by side; they are most of the cost, so
 * they are a {@link Similarity} of their own that {@code serve} may reuse for a moment while it catches up.
 */
record Discoveries(Map<String, List<Related>> related, String mapSvg, CatalogStats stats,
        Map<String, List<RelatedTag>> relatedTags, Map<String, String> tagSlugsByName, Set<String> contextTags,
        Map<String, List<TagMentions.Mention>> tagMentions) {
    /** Tags kept per topic and overall on the statistics page. */
    static final int STATS_TAGS = 20;
    static final int RELATED_TAGS = 8;
    /** A tag pair must share this many papers to count as related, so one coincidence is not shown. */
    static final int MIN_TOGETHER = 2;

    /** Similar papers and the paper map: everything that compares papers' text. */
    record Similarity(Map<String, List<Related>> related, String mapSvg) {
        Similarity {
            related = Map.copyOf(related);
        }

        static Similarity of(Catalog catalog, RichText text, SiteLayout layout) {
            TermVectors vectors = TermVectors.build(catalog,
                    PaperText.joined(paragraphs -> text.prose(paragraphs).plain(), text::plain));
            CompletableFuture<String> map = CompletableFuture.supplyAsync(() -> PaperMapSvg.render(catalog,
                    PaperMap.layout(vectors, PaperMapSvg.WIDTH, PaperMapSvg.HEIGHT, PaperMapSvg.MARGIN),
                    paper -> layout.href(SiteLayout.MAP, layout.paper(paper.id())), false));
            Map<String, List<Related>> related = RelatedPapers.compute(catalog, vectors);
            return new Similarity(related, map.join());
        }
    }

    /** The statistics and each tag's related tags: everything computed from how papers are tagged. */
    record TagDiscoveries(CatalogStats stats, Map<String, List<RelatedTag>> relatedTags, Set<String> contextTags) {
        static TagDiscoveries of(Catalog catalog) {
            return new TagDiscoveries(CatalogStats.of(catalog, STATS_TAGS),
                    TagCooccurrence.compute(catalog, RELATED_TAGS, MIN_TOGETHER), ContextTags.of(catalog));
        }
    }

    /**
     * All that {@link TagDiscoveries} are computed from: the canonical tags and, per topic, its papers' tag
     * slugs and how many have a TL;DR. An edit to a paper's text leaves it equal, so {@code serve} keeps them.
     */
    record Tagging(List<Tag> tags, List<TopicTagging> topics) {
        record TopicTagging(String slug, String name, List<List<String>> paperTags, long withTldr) {
        }

        static Tagging of(Catalog catalog) {
            return new Tagging(catalog.tags(), catalog.topics().stream().map(t -> new TopicTagging(t.slug(), t.name(),
                    t.papers().stream().map(p -> p.tags().stream().map(TagRef::slug).toList()).toList(),
                    t.papers().stream().filter(p -> p.tldr().isPresent()).count())).toList());
        }
    }

    /** The discoveries of {@code catalog} given its similarity (which is all that takes time) and tag discoveries. */
    static Discoveries of(Catalog catalog, Similarity similarity, TagDiscoveries tagged) {
        Map<String, String> slugs = new HashMap<>();
        for (Tag tag : catalog.tags()) {
            slugs.putIfAbsent(tag.name(), tag.slug());
        }
        return new Discoveries(similarity.related(), similarity.mapSvg(), tagged.stats(), tagged.relatedTags(), slugs,
                tagged.contextTags(), TagMentions.of(catalog));
    }

    Discoveries {
        related = Map.copyOf(related);
        relatedTags = Map.copyOf(relatedTags);
        tagSlugsByName = Map.copyOf(tagSlugsByName);
        contextTags = Set.copyOf(contextTags);
        tagMentions = Map.copyOf(tagMentions);
    }
}
