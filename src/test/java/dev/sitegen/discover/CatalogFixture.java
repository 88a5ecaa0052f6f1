package dev.sitegen.discover;

import dev.sitegen.model.Area;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.model.SourceLocation;
import dev.sitegen.model.SummaryField;
import dev.sitegen.model.Tag;
import dev.sitegen.model.TagRef;
import dev.sitegen.model.Topic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A seven-paper catalog in three topics built for the discover tests: two near-duplicate LoRA
 * papers, two reinforcement-learning papers, a paper without a TL;DR, tags shared across topics,
 * and a title full of XML and CSV metacharacters.
 */
final class CatalogFixture {

    static final String AREA = "基础/前沿模型 (含LLM)";
    static final String NASTY_TITLE = "<b>\"Tools\", & 'agents'</b>\nsecond line";

    private CatalogFixture() {}

    static Catalog catalog() {
        List<Paper> efficiency = List.of(
                paper(
                        "lora-a",
                        "LoRA adapters, revisited",
                        "效率与压缩",
                        tags("LoRA", "PEFT"),
                        "Adapters stay small.",
                        "低秩适配器在微调中保持参数量很小。",
                        "We study low-rank adaptation adapters for parameter-efficient fine-tuning of language models.",
                        "Rank selection and adapter initialization decide the final accuracy of the fine-tuned model."),
                paper(
                        "lora-b",
                        "LoRA adapters, again",
                        "效率与压缩",
                        tags("LoRA", "PEFT"),
                        "Adapters stay tiny.",
                        "低秩适配器在微调中保持参数量很小。",
                        "We study low-rank adaptation adapters for parameter-efficient fine-tuning of language models.",
                        "Rank selection and adapter initialization decide the final quality of the fine-tuned model."),
                paper(
                        "quant",
                        "Four-bit weights",
                        "效率与压缩",
                        tags("Quantization", "LLM"),
                        "Weights in four bits.",
                        "量化把权重压缩到四比特。",
                        "Post-training quantization compresses weights to four bits with outlier channels kept in sixteen bits."));
        List<Paper> reasoning = List.of(
                paper(
                        "rl-math",
                        "RL for math",
                        "推理与思维链",
                        tags("Reinforcement Learning", "Reasoning", "LLM"),
                        "Verifiable rewards help math.",
                        "强化学习提升数学推理。",
                        "Reinforcement learning with verifiable rewards improves mathematical reasoning of policy models."),
                paper(
                        "rl-code",
                        "RL for code",
                        "推理与思维链",
                        tags("Reinforcement Learning", "Reasoning"),
                        "Verifiable rewards help code.",
                        "强化学习提升代码推理。",
                        "Reinforcement learning with verifiable rewards from unit tests improves code reasoning of policy models."),
                paper(
                        "cot",
                        "Thinking out loud",
                        "推理与思维链",
                        tags("Reasoning", "思维链"),
                        null,
                        "思维链让模型逐步推理。",
                        "Chain-of-thought prompting elicits step-by-step explanations before the answer."));
        List<Paper> agents = List.of(paper(
                "agent",
                NASTY_TITLE,
                "Agent 与工具使用",
                tags("LLM Agent", "Reinforcement Learning"),
                "Agents call tools, \"safely\".",
                "智能体调用网页工具。",
                "Web agents call browser tools and learn from environment feedback with reinforcement learning."));
        List<Topic> topics =
                List.of(topic("效率与压缩", efficiency), topic("推理与思维链", reasoning), topic("Agent 与工具使用", agents));
        return new Catalog(List.of(new Area(AREA, topics)), canonicalTags(topics));
    }

    private static Paper paper(
            String id,
            String title,
            String topic,
            List<TagRef> tags,
            String tldr,
            String method,
            String... abstractParagraphs) {
        List<SummaryField> fields =
                List.of(new SummaryField("🎯", "研究动机", "动机:" + method), new SummaryField("🛠️", "主要方法", method));
        return new Paper(
                id,
                title,
                Optional.empty(),
                AREA,
                topic,
                tags,
                Optional.ofNullable(tldr),
                fields,
                List.of(abstractParagraphs),
                new SourceLocation("fixture.txt", id.length()));
    }

    private static List<TagRef> tags(String... written) {
        return List.of(written).stream().map(w -> new TagRef(w, slug(w))).toList();
    }

    private static Topic topic(String name, List<Paper> papers) {
        return new Topic(slug(name), name, AREA, papers);
    }

    private static List<Tag> canonicalTags(List<Topic> topics) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        topics.forEach(t -> t.papers()
                .forEach(p -> p.tags().forEach(r -> {
                    ids.computeIfAbsent(r.slug(), k -> new ArrayList<>()).add(p.id());
                    names.putIfAbsent(r.slug(), r.written());
                })));
        return ids.entrySet().stream()
                .map(e -> new Tag(e.getKey(), names.get(e.getKey()), List.of(names.get(e.getKey())), e.getValue()))
                .sorted((a, b) -> a.count() != b.count()
                        ? b.count() - a.count()
                        : a.slug().compareTo(b.slug()))
                .toList();
    }

    /** Lower-case words joined by hyphens, a trailing plural s dropped: enough for fixture tags and topics. */
    private static String slug(String text) {
        String s = text.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-|-$", "");
        return s.endsWith("s") && s.length() > 3 ? s.substring(0, s.length() - 1) : s;
    }
}
