package dev.sitegen.catalog;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.model.Area;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.model.Tag;
import dev.sitegen.model.Topic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups papers into areas and topics in first-seen order. A topic's slug comes from
 * {@code site.yml topicSlugs}, else from its name's ASCII letters (plus a short hash when the name has
 * other letters, or {@code topic-} + hash when it has none).
 */
final class CatalogLayout {
    private CatalogLayout() {}

    static Catalog arrange(List<Paper> papers, List<Tag> tags, SiteConfig config) {
        Map<String, Map<String, List<Paper>>> byArea = new LinkedHashMap<>();
        for (Paper p : papers) {
            byArea.computeIfAbsent(p.area(), a -> new LinkedHashMap<>())
                    .computeIfAbsent(p.topic(), t -> new ArrayList<>())
                    .add(p);
        }
        Set<String> slugs = new HashSet<>();
        List<Area> areas = new ArrayList<>();
        byArea.forEach((area, topics) -> {
            List<Topic> list = new ArrayList<>();
            topics.forEach((name, members) -> {
                String base = config.topicSlugs().getOrDefault(name, Slugs.of(name, "topic"));
                String slug = base;
                for (int n = 2; !slugs.add(slug); n++) {
                    slug = base + "-" + n;
                }
                list.add(new Topic(slug, name, area, members));
            });
            areas.add(new Area(area, list));
        });
        return new Catalog(areas, tags);
    }
}
