package dev.sitegen.search;

/** A paper's tag as search sees it: the canonical slug and name (facets) and the spelling the paper used. */
public record SearchTag(String slug, String name, String written) {}
