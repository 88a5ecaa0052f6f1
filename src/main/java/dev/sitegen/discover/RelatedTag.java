package dev.sitegen.discover;

/**
 * A tag that often appears together with another: {@code together} papers carry both, and
 * {@code jaccard} is that count over the papers carrying either.
 */
public record RelatedTag(String slug, String name, int together, double jaccard) {}
