package dev.sitegen.catalog;

import dev.sitegen.digest.DigestEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last catalog's per-paper results (id, method name, title before repeats are numbered) by digest entry.
 * They depend on the entry and on the digest-wide name frequencies only, so they stand for an equal entry
 * as long as the frequencies are equal too: after a maintainer edits one summary field, every other paper.
 */
final class DeriveMemo {
    private Map<String, Integer> frequency = Map.of();
    private Map<DigestEntry, CatalogBuilder.Derived> derived = Map.of();

    /** What the last build derived, if it saw these frequencies; else nothing. */
    synchronized Map<DigestEntry, CatalogBuilder.Derived> known(Map<String, Integer> frequency) {
        return this.frequency.equals(frequency) ? derived : Map.of();
    }

    synchronized void remember(Map<String, Integer> frequency, List<DigestEntry> entries,
            List<CatalogBuilder.Derived> derived) {
        Map<DigestEntry, CatalogBuilder.Derived> byEntry = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            byEntry.put(entries.get(i), derived.get(i));
        }
        this.frequency = Map.copyOf(frequency);
        this.derived = byEntry;
    }
}
