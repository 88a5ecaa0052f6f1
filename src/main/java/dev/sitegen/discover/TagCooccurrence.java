package dev.sitegen.discover;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.model.Tag;
import dev.sitegen.model.TagRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For each canonical tag, the tags most often found on the same papers, for tag pages.
 *
 * <p>Ranked by Jaccard similarity (papers with both over papers with either) so that a huge
 * generic tag like "LLM" does not top every list, and a pair must share at least
 * {@code minTogether} papers so that one coincidence does not count as a relation.
 */
public final class TagCooccurrence {

    private TagCooccurrence() {}

    /**
     * Related tags of every canonical tag (an empty list when none qualify), keyed by slug in catalog order. A
     * {@link ContextTags context tag} is related to everything and so is never listed as related.
     */
    public static Map<String, List<RelatedTag>> compute(Catalog catalog, int limit, int minTogether) {
        Map<String, Tag> tags = catalog.tagsBySlug();
        Set<String> context = ContextTags.of(catalog);
        Map<String, Map<String, Integer>> together = new HashMap<>();
        for (Paper paper : catalog.papers()) {
            List<String> slugs =
                    paper.tags().stream().map(TagRef::slug).distinct().toList();
            for (String a : slugs) {
                for (String b : slugs) {
                    if (!a.equals(b)) {
                        together.computeIfAbsent(a, k -> new HashMap<>()).merge(b, 1, Integer::sum);
                    }
                }
            }
        }
        Comparator<RelatedTag> strongest = Comparator.comparingDouble((RelatedTag r) -> -r.jaccard())
                .thenComparingInt(r -> -r.together())
                .thenComparing(RelatedTag::slug);
        Map<String, List<RelatedTag>> result = new LinkedHashMap<>();
        for (Tag tag : catalog.tags()) {
            List<RelatedTag> related = new ArrayList<>();
            together.getOrDefault(tag.slug(), Map.of()).forEach((other, both) -> {
                Tag otherTag = tags.get(other);
                if (both >= minTogether && otherTag != null && !context.contains(other)) {
                    // max() keeps the ratio within [0, 1] even if a tag's paper list undercounts
                    double jaccard = (double) both / Math.max(both, tag.count() + otherTag.count() - both);
                    related.add(new RelatedTag(other, otherTag.name(), both, jaccard));
                }
            });
            result.put(
                    tag.slug(), related.stream().sorted(strongest).limit(limit).toList());
        }
        return result;
    }
}
