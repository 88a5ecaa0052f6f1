package dev.sitegen.catalog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What written tags turn into, remembered: their {@link TagFolding#fold} and a name's {@link Slugs} slug. Both
 * are pure (NFKC/NFKD, regexes, plurals) and every build computes them for the same few thousand tags and
 * acronyms, so a long-lived site ({@code serve}) keeps one of these for all its builds; it grows only by the
 * spellings that edits add. Thread-safe.
 */
final class TagForms {
    private final Map<String, String> folded = new ConcurrentHashMap<>();
    private final Map<String, String> slugs = new ConcurrentHashMap<>();

    String fold(String written) {
        return folded.computeIfAbsent(written, TagFolding::fold);
    }

    /** The slug of a tag named {@code name} (before a number makes it unique). */
    String slug(String name) {
        return slugs.computeIfAbsent(name, n -> Slugs.of(n, "tag"));
    }
}
