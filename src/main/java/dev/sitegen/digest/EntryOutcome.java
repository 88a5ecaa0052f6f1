package dev.sitegen.digest;

import java.util.Optional;

/**
 * What reading one entry's lines gave: the entry or the reason it was skipped (exactly one of the two),
 * with the context of diagnostics and repairs made along the way, kept apart so entries can be read in any
 * order (in parallel) and added to the file's results in digest order.
 */
record EntryOutcome(Optional<DigestEntry> entry, Optional<SkippedEntry> skipped, ReadContext context) {}
