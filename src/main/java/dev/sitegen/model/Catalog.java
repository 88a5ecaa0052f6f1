package dev.sitegen.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole site's content: areas → topics → papers, and the canonical tags.
 * Papers are in digest order; tags are sorted by descending count, then name.
 */
public record Catalog(List<Area> areas, List<Tag> tags) {
    public Catalog {
        areas = List.copyOf(areas);
        tags = List.copyOf(tags);
    }

    public List<Topic> topics() {
        return areas.stream().flatMap(a -> a.topics().stream()).toList();
    }

    public List<Paper> papers() {
        return topics().stream().flatMap(t -> t.papers().stream()).toList();
    }

    public Map<String, Paper> papersById() {
        Map<String, Paper> byId = new LinkedHashMap<>();
        papers().forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    public Map<String, Tag> tagsBySlug() {
        Map<String, Tag> bySlug = new LinkedHashMap<>();
        tags.forEach(t -> bySlug.put(t.slug(), t));
        return bySlug;
    }
}
