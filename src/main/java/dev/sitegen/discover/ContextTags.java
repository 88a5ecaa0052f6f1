package dev.sitegen.discover;

import dev.sitegen.model.Area;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.model.TagRef;
import dev.sitegen.model.Topic;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tags that are an area's context rather than a subject: carried by more than a third of the area's papers
 * ("Large Language Models" in a digest of LLM papers). They stay on their papers and keep their pages, but do
 * not lead tag clouds, charts or related-tag lists, where they would tell a reader nothing. An area of fewer
 * than {@link #MIN_AREA_PAPERS} papers has none: there a third is a handful of papers, and the tag a subject.
 */
public final class ContextTags {
    static final int MIN_AREA_PAPERS = 20;

    private ContextTags() {}

    /** Slugs of the context tags of every area of {@code catalog}, sorted. */
    public static Set<String> of(Catalog catalog) {
        Set<String> context = new TreeSet<>();
        for (Area area : catalog.areas()) {
            Map<String, Integer> counts = new HashMap<>();
            int papers = 0;
            for (Topic topic : area.topics()) {
                for (Paper paper : topic.papers()) {
                    papers++;
                    paper.tags().stream().map(TagRef::slug).distinct().forEach(s -> counts.merge(s, 1, Integer::sum));
                }
            }
            if (papers < MIN_AREA_PAPERS) {
                continue;
            }
            int areaPapers = papers;
            counts.forEach((slug, n) -> {
                if (3 * n > areaPapers) {
                    context.add(slug);
                }
            });
        }
        return context;
    }
}
