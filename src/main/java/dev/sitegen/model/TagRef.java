package dev.sitegen.model;

/** A tag as one paper wrote it, with the slug of the canonical {@link Tag} it folds into. */
public record TagRef(String written, String slug) {}
