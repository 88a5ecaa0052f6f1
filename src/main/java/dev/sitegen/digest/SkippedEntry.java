package dev.sitegen.digest;

import dev.sitegen.model.SourceLocation;

/** An entry that could not be read as a paper; it is reported as skipped with the reason, never dropped silently. */
public record SkippedEntry(SourceLocation source, String reason) {}
