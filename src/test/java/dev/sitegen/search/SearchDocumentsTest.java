package dev.sitegen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitegen.model.Area;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.model.SourceLocation;
import dev.sitegen.model.SummaryField;
import dev.sitegen.model.Tag;
import dev.sitegen.model.TagRef;
import dev.sitegen.model.Topic;
import dev.sitegen.text.RichText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchDocumentsTest {

    private static final Paper GUARDSPACE = new Paper(
            "gs1",
            "GuardSpace: keeping safety alignment",
            Optional.of("GuardSpace"),
            "基础/前沿模型 (含LLM)",
            "指令微调与对齐",
            List.of(new TagRef("LLMs", "llm")),
            Optional.empty(),
            List.of(new SummaryField("🎯", "研究动机", "安全对齐易受损。"), new SummaryField("🛠️", "主要方法", "提出GuardSpace。")),
            List.of("First paragraph.", "Second paragraph."),
            new SourceLocation("digest.txt", 2));

    private final Catalog catalog = new Catalog(
            List.of(new Area(
                    "基础/前沿模型 (含LLM)", List.of(new Topic("sft", "指令微调与对齐", "基础/前沿模型 (含LLM)", List.of(GUARDSPACE))))),
            List.of(new Tag("llm", "LLM", List.of("LLM", "LLMs"), List.of("gs1"))));

    private final SearchDocument doc = new SearchDocuments(new RichText(), p -> "papers/" + p.id() + "/index.html")
            .of(catalog)
            .get(0);

    @Test
    void takesUrlFromTheLayoutFunction() {
        assertEquals("papers/gs1/index.html", doc.url());
    }

    @Test
    void keepsCanonicalTagAndTheSpellingThePaperUsed() {
        assertEquals(List.of(new SearchTag("llm", "LLM", "LLMs")), doc.tags());
    }

    @Test
    void joinsFieldTextsWithoutLabelsAndAbstractParagraphs() {
        assertEquals("安全对齐易受损。\n提出GuardSpace。", doc.fieldsText());
        assertEquals("First paragraph.\nSecond paragraph.", doc.abstractText());
    }

    @Test
    void recordsTheSourceLineForTests() {
        assertEquals(2, doc.sourceLine());
        assertEquals(Optional.of("GuardSpace"), doc.method());
    }
}
