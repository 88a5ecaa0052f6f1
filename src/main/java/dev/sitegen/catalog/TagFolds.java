package dev.sitegen.catalog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link TagKey#fold} results by written form. Folding is pure (NFKC, regexes, plurals) and the same few
 * thousand tags and acronyms are folded by every build, so a long-lived site ({@code serve}) keeps one of
 * these for all its builds; it grows only by the spellings that edits add. Thread-safe.
 */
final class TagFolds {
    private final Map<String, String> folded = new ConcurrentHashMap<>();

    String fold(String written) {
        return folded.computeIfAbsent(written, TagKey::fold);
    }
}
