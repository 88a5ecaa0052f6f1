package dev.sitegen.site;

import dev.sitegen.discover.CatalogStats;
import dev.sitegen.discover.ContextTags;
import dev.sitegen.discover.PaperMap;
import dev.sitegen.discover.PaperMapSvg;
import dev.sitegen.discover.Related;
import dev.sitegen.discover.RelatedPapers;
import dev.sitegen.discover.RelatedTag;
import dev.sitegen.discover.SimilarityGraph;
import dev.sitegen.discover.TagCooccurrence;
import dev.sitegen.discover.TagMentions;
import dev.sitegen.discover.TermVectors;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Tag;
import dev.sitegen.text.RichText;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * What the discovery features show, computed once per build: similar papers, the paper map, the
 * statistics, each tag's related tags, the context tags that lead none of them, and the papers that name a
 * tag they do not carry. The term vectors and the similarity graph are built once and feed both the similar
 * papers and the map. The map's layout runs on one core for most of the stage, so it is not waited for here:
 * it goes on beside the render stage, whose map page is among the last pages rendered.
 */
record Discoveries(
        Map<String, List<Related>> related,
        CompletableFuture<String> map,
        CatalogStats stats,
        Map<String, List<RelatedTag>> relatedTags,
        Map<String, String> tagSlugsByName,
        Set<String> contextTags,
        Map<String, List<TagMentions.Mention>> tagMentions) {
    /** Tags kept per topic and overall on the statistics page. */
    static final int STATS_TAGS = 20;

    static final int RELATED_TAGS = 8;
    /** A tag pair must share this many papers to count as related, so one coincidence is not shown. */
    static final int MIN_TOGETHER = 2;

    static Discoveries of(Catalog catalog, RichText text, SiteLayout layout) {
        // Counting the term vectors keeps one core busy, so the mentions, which need only the catalog, run beside it.
        CompletableFuture<Map<String, List<TagMentions.Mention>>> mentions =
                CompletableFuture.supplyAsync(() -> TagMentions.of(catalog));
        TermVectors vectors =
                TermVectors.build(catalog, paragraphs -> text.prose(paragraphs).plain(), text::plain);
        SimilarityGraph graph = SimilarityGraph.of(vectors, PaperMap.NEIGHBOURS);
        CompletableFuture<String> map = CompletableFuture.supplyAsync(() -> PaperMapSvg.render(
                catalog,
                PaperMap.layout(vectors, graph, PaperMapSvg.WIDTH, PaperMapSvg.HEIGHT, PaperMapSvg.MARGIN),
                paper -> layout.href(SiteLayout.MAP, layout.paper(paper.id()))));
        Map<String, List<Related>> related = RelatedPapers.compute(catalog, vectors, graph);
        return new Discoveries(
                related,
                map,
                CatalogStats.of(catalog, STATS_TAGS),
                TagCooccurrence.compute(catalog, RELATED_TAGS, MIN_TOGETHER),
                catalog.tags().stream().collect(Collectors.toMap(Tag::name, Tag::slug, (first, later) -> first)),
                ContextTags.of(catalog),
                mentions.join());
    }

    /** The paper map as SVG, waiting for its layout to finish. */
    String mapSvg() {
        return map.join();
    }
}
