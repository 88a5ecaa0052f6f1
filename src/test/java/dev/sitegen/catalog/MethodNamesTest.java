package dev.sitegen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitegen.digest.DigestEntry;
import dev.sitegen.model.SourceLocation;
import dev.sitegen.model.SummaryField;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MethodNamesTest {
    private static Optional<String> name(String abstractText, Map<String, Integer> frequency) {
        DigestEntry entry = new DigestEntry(
                new SourceLocation("m.txt", 1),
                "a",
                "t",
                List.of(),
                Optional.empty(),
                List.of(),
                List.of(abstractText));
        return new MethodNames(frequency).find(entry, abstractText);
    }

    private static Optional<String> name(String abstractText) {
        return name(abstractText, Map.of());
    }

    @Test
    void takesTheAcronymOfTheIntroducedLongForm() {
        assertEquals(
                Optional.of("CGPO"),
                name("We propose Curvature-Guided Policy Optimization (CGPO), a training framework."));
    }

    @Test
    void takesACoinedWordSetOffAsAName() {
        assertEquals(
                Optional.of("Antislop"), name("We present Antislop, a comprehensive framework for detecting slop."));
        assertEquals(
                Optional.of("wd1"),
                name("To mitigate this, we introduce wd1, a ratio-free policy optimization approach."));
    }

    @Test
    void takesTheNameAfterItsKind() {
        assertEquals(
                Optional.of("DefensiveKV"),
                name("We propose a novel cache eviction method, DefensiveKV, which is robust."));
    }

    @Test
    void ignoresModelsAndBaselinesThePaperOnlyUses() {
        assertEquals(
                Optional.empty(),
                name(
                        "We fine-tune Llama3-8B and find that GPTQ overlooks outliers. The code is released under MIT license."));
        assertEquals(
                Optional.empty(),
                name("A recent work proposes a latent architecture, Huginn-3.5B, which thinks in latent space."));
    }

    @Test
    void aModifierIsNotAName() {
        assertEquals(Optional.empty(), name("We propose a forward-KL formulation that stabilizes training."));
    }

    @Test
    void aTermManyPapersUseIsNotAName() {
        assertEquals(
                Optional.empty(),
                name("We introduce GRPO-style training, a recipe for reasoning.", Map.of("GRPO-style", 12)));
    }

    @Test
    void repairsTexInNames() {
        assertEquals("∇-Reasoner", MethodNames.clean("$\\nabla$-Reasoner,"));
        assertEquals("SPECS", MethodNames.clean("$\\textbf{SPECS}$—a"));
    }

    @Test
    void aNameGluedToItsLongFormEndsAtTheParenthesis() {
        assertEquals("RAPO", MethodNames.clean("RAPO($\\textbf{R}$obust $\\textbf{A}$lignment"));
    }

    @Test
    void whatASummaryFieldSaysIsBroughtInIsNoNameUnlessItIsNew() {
        String text = "We study rotary embeddings in depth.";
        DigestEntry used = new DigestEntry(
                new SourceLocation("m.txt", 1),
                "a",
                "t",
                List.of(),
                Optional.empty(),
                List.of(new SummaryField("🛠️", "主要方法", "通过引入 NoPos 替代低频维度进行实验。")),
                List.of(text));
        assertEquals(Optional.empty(), new MethodNames(Map.of()).find(used, text));
        DigestEntry made = new DigestEntry(
                new SourceLocation("m.txt", 1),
                "a",
                "t",
                List.of(),
                Optional.empty(),
                List.of(new SummaryField("🛠️", "主要方法", "引入一种名为 RoPaX 的新方法。")),
                List.of(text));
        assertEquals(Optional.of("RoPaX"), new MethodNames(Map.of()).find(made, text));
    }

    @Test
    void aLongFormThatMarksItsLettersNamesItsAcronymNotItsFirstWord() {
        assertEquals(
                Optional.of("REER"),
                name("We introduce REverse-Engineered Reasoning (REER), a new paradigm for open-ended writing."));
        assertEquals(Optional.of("GuardSpace"), name("We propose GuardSpace (GS), a framework for safe fine-tuning."));
    }
}
