package dev.sitegen.model;

import java.util.List;
import java.util.Objects;

/** An area line of the digest ({@code 基础/前沿模型 (含LLM)}) and its topics in first-seen order. */
public record Area(String name, List<Topic> topics) {
    public Area {
        Objects.requireNonNull(name, "name");
        topics = List.copyOf(topics);
    }
}
