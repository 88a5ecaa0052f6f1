package dev.sitegen.digest;

import dev.sitegen.model.SourceLocation;
import java.util.Objects;
import java.util.OptionalInt;

/** A section header of the digest ({@code 推理与思维链169 篇}): the topic it introduces and its announced count. */
public record Section(String topic, OptionalInt declaredCount, SourceLocation source) {
    public Section {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(declaredCount, "declaredCount");
        Objects.requireNonNull(source, "source");
    }
}
