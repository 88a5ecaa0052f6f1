package dev.sitegen.digest;

import dev.sitegen.model.SourceLocation;
import java.util.OptionalInt;

/** A section header of the digest ({@code 推理与思维链169 篇}): the topic it introduces and its announced count. */
public record Section(String topic, OptionalInt declaredCount, SourceLocation source) {}
