package dev.sitegen.model;

import java.util.List;

/** An area line of the digest ({@code 基础/前沿模型 (含LLM)}) and its topics in first-seen order. */
public record Area(String name, List<Topic> topics) {
    public Area {
        topics = List.copyOf(topics);
    }
}
