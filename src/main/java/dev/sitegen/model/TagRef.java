package dev.sitegen.model;

import java.util.Objects;

/** A tag as one paper wrote it, with the slug of the canonical {@link Tag} it folds into. */
public record TagRef(String written, String slug) {
    public TagRef {
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(slug, "slug");
    }
}
