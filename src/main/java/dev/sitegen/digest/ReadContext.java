package dev.sitegen.digest;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.SourceLocation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The diagnostics and repair counts collected while reading one or more files (or one entry); one thread at a time. */
final class ReadContext {
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<RepairKind, Integer> repairs = new EnumMap<>(RepairKind.class);
    private Set<String> compounds = Set.of();

    /** Hyphenated words written whole somewhere in the file being read ({@code single-step}). */
    void useCompounds(Set<String> compounds) {
        this.compounds = compounds;
    }

    boolean isCompound(String lowercaseWord) {
        return compounds.contains(lowercaseWord);
    }

    void warn(String file, int line, String message) {
        diagnostics.add(Diagnostic.warning(new SourceLocation(file, line), message));
    }

    void error(String file, int line, String message) {
        diagnostics.add(Diagnostic.error(new SourceLocation(file, line), message));
    }

    void repaired(RepairKind kind) {
        repaired(kind, 1);
    }

    void repaired(RepairKind kind, int times) {
        if (times > 0) {
            repairs.merge(kind, times, Integer::sum);
        }
    }

    /** A context for reading one entry on its own (any thread), to be {@link #add added} back in order. */
    ReadContext forEntry() {
        ReadContext entry = new ReadContext();
        entry.compounds = compounds;
        return entry;
    }

    /** Adds what another context collected, after what this one has. */
    void add(ReadContext other) {
        diagnostics.addAll(other.diagnostics);
        other.repairs.forEach(this::repaired);
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    Map<RepairKind, Integer> repairs() {
        return repairs;
    }
}
