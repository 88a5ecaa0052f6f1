package dev.sitegen.digest;

import dev.sitegen.model.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What reading one entry's lines gave: the entry or the reason it was skipped (exactly one of the two),
 * with the diagnostics and repairs made along the way, kept apart so entries can be read in any order
 * (in parallel) and added to the file's results in digest order.
 */
record EntryOutcome(
        Optional<DigestEntry> entry,
        Optional<SkippedEntry> skipped,
        List<Diagnostic> diagnostics,
        Map<RepairKind, Integer> repairs) {}
