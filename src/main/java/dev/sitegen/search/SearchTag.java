package dev.sitegen.search;

import java.util.Objects;

/** A paper's tag as search sees it: the canonical slug and name (facets) and the spelling the paper used. */
public record SearchTag(String slug, String name, String written) {
    public SearchTag {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(written, "written");
    }
}
