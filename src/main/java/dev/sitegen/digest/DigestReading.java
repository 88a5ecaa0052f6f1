package dev.sitegen.digest;

import dev.sitegen.model.Diagnostic;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the read stage produced from the content directory: readable entries, skipped entries, section
 * headers, every diagnostic and how many repairs of each kind were made. Entries in = entries + skipped.
 */
public record DigestReading(
        List<DigestEntry> entries,
        List<SkippedEntry> skipped,
        List<Section> sections,
        List<Diagnostic> diagnostics,
        Map<RepairKind, Integer> repairs) {

    public DigestReading {
        entries = List.copyOf(entries);
        skipped = List.copyOf(skipped);
        sections = List.copyOf(sections);
        diagnostics = List.copyOf(diagnostics);
        repairs = repairs.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(repairs));
    }

    /** Entries that were recognised as papers, readable or not. */
    public int entriesIn() {
        return entries.size() + skipped.size();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
