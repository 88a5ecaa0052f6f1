package dev.sitegen.digest;

import dev.sitegen.model.Diagnostic;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the read stage produced from the content directory: readable entries, skipped entries, every
 * diagnostic and how many repairs of each kind were made. Entries in = entries + skipped.
 */
public record DigestReading(
        List<DigestEntry> entries,
        List<SkippedEntry> skipped,
        List<Diagnostic> diagnostics,
        Map<RepairKind, Integer> repairs) {

    public DigestReading {
        entries = List.copyOf(entries);
        skipped = List.copyOf(skipped);
        diagnostics = List.copyOf(diagnostics);
        repairs = sorted(repairs);
    }

    /** Entries that were recognised as papers, readable or not. */
    public int entriesIn() {
        return entries.size() + skipped.size();
    }

    /** Repair counts in declaration order of {@link RepairKind}, so reports print the same every build. */
    public static Map<RepairKind, Integer> sorted(Map<RepairKind, Integer> repairs) {
        Map<RepairKind, Integer> sorted = new EnumMap<>(RepairKind.class);
        sorted.putAll(repairs);
        return Collections.unmodifiableMap(sorted);
    }
}
