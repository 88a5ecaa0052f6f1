package dev.sitegen.catalog;

import dev.sitegen.digest.DigestEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last catalog's per-entry results, by digest entry, for a long-lived site ({@code serve}): each entry's
 * name scan, which depends on the entry alone, and its id, method name and title (before repeats are
 * numbered), which depend on the entry and the digest-wide name frequencies, so they stand for an equal entry
 * as long as the frequencies are equal too. After a maintainer edits one summary field, that is every other
 * paper.
 */
final class DeriveMemo {
    private Map<DigestEntry, CatalogBuilder.EntryNames> names = Map.of();
    private Map<String, Integer> frequency = Map.of();
    private Map<DigestEntry, CatalogBuilder.Derived> derived = Map.of();

    /** The last build's name scans. */
    synchronized Map<DigestEntry, CatalogBuilder.EntryNames> names() {
        return names;
    }

    synchronized void rememberNames(List<DigestEntry> entries, List<CatalogBuilder.EntryNames> scanned) {
        names = byEntry(entries, scanned);
    }

    /** What the last build derived, if it saw these frequencies; else nothing. */
    synchronized Map<DigestEntry, CatalogBuilder.Derived> known(Map<String, Integer> frequency) {
        return this.frequency.equals(frequency) ? derived : Map.of();
    }

    synchronized void remember(Map<String, Integer> frequency, List<DigestEntry> entries,
            List<CatalogBuilder.Derived> derived) {
        this.frequency = Map.copyOf(frequency);
        this.derived = byEntry(entries, derived);
    }

    private static <V> Map<DigestEntry, V> byEntry(List<DigestEntry> entries, List<V> values) {
        Map<DigestEntry, V> byEntry = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            byEntry.put(entries.get(i), values.get(i));
        }
        return byEntry;
    }
}
