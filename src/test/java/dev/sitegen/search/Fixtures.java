package dev.sitegen.search;

import java.util.List;
import java.util.Optional;

/** Tiny search documents named for what they test. */
final class Fixtures {

    private Fixtures() {}

    static SearchDocument doc(String id, String title, String summary, String abstractText) {
        return new SearchDocument(
                id,
                "papers/" + id + "/index.html",
                title,
                Optional.empty(),
                "推理与思维链",
                List.of(new SearchTag("llm", "LLM", "LLMs")),
                Optional.empty(),
                summary,
                abstractText,
                1);
    }

    static List<SearchDocument> smallCorpus() {
        return List.of(
                doc("title-hit", "GuardSpace keeps safety", "提出框架。", "We study adapters."),
                doc("abstract-hit", "A study of adapters", "提出方法。", "We compare with GuardSpace and others."),
                doc("phrase", "Alignment", "保持安全对齐效果。", "Safety alignment."),
                doc("split-phrase", "Alignment again", "安全,对齐分开。", "Nothing."),
                doc("exploration", "Exploration", "探索。", "Balancing exploration and exploitation."));
    }
}
