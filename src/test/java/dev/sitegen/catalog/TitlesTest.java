package dev.sitegen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.digest.DigestEntry;
import dev.sitegen.model.SourceLocation;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TitlesTest {
    private static DigestEntry entry(String tldr, String abstractText) {
        return new DigestEntry(
                new SourceLocation("t.txt", 1),
                "a",
                "t",
                List.of(),
                Optional.ofNullable(tldr),
                List.of(),
                List.of(abstractText));
    }

    private static String title(String abstractText, String method) {
        return new Titles().base(entry(null, abstractText), abstractText, Optional.ofNullable(method));
    }

    @Test
    void namesTheMethodAndItsLongFormFromTheIntroducingSentence() {
        assertEquals(
                "PTP: Parallel Token Prediction for Predicting Multiple Tokens",
                title(
                        "Decoding is slow. We propose Parallel Token Prediction (PTP), a general-purpose framework "
                                + "for predicting multiple tokens in a single model call. PTP is fast.",
                        "PTP"));
    }

    @Test
    void readsALongFormSpelledAfterTheNameBehindAColonOrADash() {
        assertEquals(
                "KVQ: Key-Value Query Routing for Long Prompts Speeding Up Prefill",
                title(
                        "Prompts are long. We present KVQ: Key-Value Query Routing for long prompts, a training-free "
                                + "method that speeds up prefill.",
                        "KVQ"));
        assertEquals(
                "ROAM: Robust Online Agent Memory for Web Agents",
                title(
                        "Agents forget. We introduce ROAM — Robust Online Agent Memory, a memory module for web "
                                + "agents.",
                        "ROAM"));
    }

    @Test
    void aLongClauseAfterTheNameIsNoLongForm() {
        String title = title(
                "We introduce ROAM: it stores what agents saw and retrieves it later when asked again by the user or "
                        + "the planner in a session, a memory module for web agents.",
                "ROAM");
        assertTrue(!title.contains("Stores"), title);
    }

    @Test
    void turnsTheAppositiveIntoACompactPhraseWithoutFiller() {
        assertEquals(
                "Navigation: Improving SLMs’ Contextual Reasoning",
                title(
                        "To address this, we propose Navigation, a novel training-free framework that improves SLMs’ "
                                + "contextual reasoning by distilling LLM-derived contextual processing expertise into "
                                + "generalizable navigation templates for many downstream tasks and settings.",
                        "Navigation"));
    }

    @Test
    void usesTheFindingWhenNoMethodIsNamed() {
        assertEquals(
                "LLMs Already Contain Persona-Specialized Subnetworks in Their Parameter Space",
                title(
                        "Humans shift personas. In this work, we show that LLMs already contain persona-specialized "
                                + "subnetworks in their parameter space. Experiments show gains.",
                        null));
    }

    @Test
    void skipsFindingsAboutTheirOwnScores() {
        assertEquals(
                "Isolating Persona Subnetworks",
                title(
                        "We show that our method outperforms baselines by 5%. We develop a masking strategy that "
                                + "isolates persona subnetworks.",
                        null));
    }

    @Test
    void prefersTheTldrStatementOverTheBackground() {
        String tldr = "We show that latent thoughts of LLMs contain rich reward signals.";
        String text = "Large language models are widely used. Reasoning is hard.";
        assertEquals(
                "Latent Thoughts of LLMs Contain Rich Reward Signals",
                new Titles().base(entry(tldr, text), text, Optional.empty()));
    }

    @Test
    void repairsTexBeforeChoosingTheWords() {
        assertEquals(
                "DPad: Diffusion Scratchpad Restricting Attention",
                title(
                        "We propose $\\textbf{Diffusion Scratchpad} (\\textbf{\\textit{DPad}})$, a training-free method "
                                + "that restricts attention to a structured subset of suffix tokens, preserving fidelity.",
                        "DPad"));
        assertEquals("Sonata", PlainText.of("$ exttt{Sonata}$"));
    }

    @Test
    void neverEndsOnANumberSeparatorOrADanglingWord() {
        String t = title(
                "We release SpatialLadder-26k, a multimodal dataset containing 26,610 samples spanning object "
                        + "localization, single-image, multi-view, and video spatial reasoning tasks with many more details.",
                "SpatialLadder-26k");
        assertTrue(t.startsWith("SpatialLadder-26k: Multimodal Dataset Containing 26,610 Samples"), t);
    }

    @Test
    void titlesAreWholeAndBounded() {
        String words = "we propose a framework that " + "improves the reasoning of large models ".repeat(12);
        String t = title("Background. " + words + ".", null);
        assertTrue(t.length() <= Titles.SOFT_MAX && !t.endsWith("…") && !t.endsWith(" of"), t);
    }

    @Test
    void numbersRepeatsInOrder() {
        Titles titles = new Titles();
        assertEquals("Fast Sorter", titles.unique("Fast Sorter"));
        assertEquals("Fast Sorter (2)", titles.unique("Fast Sorter"));
    }

    @Test
    void aGenericKindGivesWayToWhatItDoes() {
        assertEquals(
                "enhancing reasoning by co-evolving two models",
                TitlePhrase.compact("an on-policy framework designed to enhance reasoning by co-evolving two models")
                        .action());
        assertEquals(
                "teaching judges to think",
                TitlePhrase.compact("a framework for teaching judges to think").action());
        assertEquals(
                "native 3D multimodal model unifying 3D tasks",
                TitlePhrase.compact("a native 3D multimodal model that unifies 3D tasks")
                        .action());
        assertEquals(
                "detecting deviation and truncating trajectories",
                TitlePhrase.compact("a simple yet principled method that detects deviation and truncates trajectories")
                        .action());
    }

    @Test
    void phraseDropsParenthesesAndAsides() {
        assertEquals(
                "metric leveraging sparse autoencoders",
                TitlePhrase.compact("a new metric that leverages sparse autoencoders (SAEs), which forecasts transfer")
                        .whole());
    }

    @Test
    void gerundsOfThirdPersonVerbs() {
        assertEquals("improving", TitlePhrase.gerund("improves"));
        assertEquals("unifying", TitlePhrase.gerund("unifies"));
        assertEquals("compressing", TitlePhrase.gerund("compresses"));
        assertEquals("leveraging", TitlePhrase.gerund("leverages"));
        assertEquals("mapping", TitlePhrase.gerund("maps"));
        assertEquals("learning", TitlePhrase.gerund("learns"));
        assertNull(TitlePhrase.gerund("is"));
        assertNull(TitlePhrase.gerund("process"));
    }

    @Test
    void cutsBeforeAPrepositionNeverAfterIt() {
        assertEquals(
                "Sparse state expansion",
                PhraseCut.cut("Sparse state expansion for linear attention with many partitions", 30));
        assertEquals("Policy gradients", PhraseCut.cut("Policy gradients successfully", 40));
        assertEquals(
                "framework performing fine-grained, layer-wise interventions",
                PhraseCut.cut("framework performing fine-grained, layer-wise interventions guided by attention", 62));
    }

    @Test
    void titleCaseKeepsNamesAndSmallWords() {
        assertEquals(
                "Training-Free Decoding for dLLMs with GPT-4o and µP",
                TitlePhrase.titleCase("training-free decoding for dLLMs with GPT-4o and µP"));
        assertEquals("On-the-Fly Routing", TitlePhrase.titleCase("on-the-fly routing"));
    }

    @Test
    void sentencesSplitAtStopsNotAbbreviationsOrDecimals() {
        assertEquals(
                List.of("We use Qwen-1.5B, e.g. for math.", "It works."),
                Sentences.of("We use Qwen-1.5B, e.g. for math. It works."));
    }

    @Test
    void aTldrSpeakingAsTheAuthorsBecomesAnAction() {
        String tldr = "We train two compact evaluators at large data scales, reaching strong accuracy.";
        String text = "Evaluation is costly. Judges disagree.";
        assertEquals(
                "Training Two Compact Evaluators at Large Data Scales",
                new Titles().base(entry(tldr, text), text, Optional.empty()));
    }

    @Test
    void aFindingAfterASceneSetterLosesBoth() {
        assertEquals(
                "Strong Reasoning Can Emerge with Far Less Data",
                title(
                        "Reasoning is assumed to need scale. By resampling open data that we identify as useful under "
                                + "our metrics, we demonstrate that strong reasoning can emerge with far less data.",
                        null));
    }

    @Test
    void aDescribedNameKeepsItsLongFormAndAToBeforeAnIngFormReadsFor() {
        assertEquals(
                "SCR: Sparse Confidence Rewards for Training Reasoning Models",
                title(
                        "Models are overconfident. This paper describes SCR (Sparse Confidence Rewards), an approach "
                                + "to training reasoning models that improves calibration.",
                        "SCR"));
    }

    @Test
    void aTitleKeepsNoUnpairedBracketOrQuote() {
        assertEquals(
                "RoX: Reusing Steps as Composable Thought Units",
                Titles.balanced("RoX: Reusing Steps as Composable “Thought\" Units"));
        assertEquals("ABC: Alignment for Preference", Titles.balanced("ABC(: Alignment for Preference"));
        assertEquals("Scaling (Sparse) Experts", Titles.balanced("Scaling (Sparse) Experts"));
        assertEquals("Models That “Think with Images”", Titles.balanced("Models That “Think with Images”"));
    }

    @Test
    void texQuotesBecomeTypographicQuotes() {
        assertEquals(
                "a model that learns to “think with images”",
                PlainText.of("a model that learns to ``think with images''"));
    }

    @Test
    void theKindBetweenNameAndAppositiveIsSkipped() {
        assertEquals(
                "GapScore: Distance Between a Summary and a Distribution over Answers",
                title(
                        "We develop the GapScore metric, a distance between a summary and a distribution over answers.",
                        "GapScore"));
    }

    @Test
    void theConceptOfANameIsTheName() {
        assertEquals(
                "Rationale Fusion: Merging the Rationales of Several Teachers into One",
                title(
                        "In this paper, we introduce the concept of Rationale Fusion, which merges the rationales of "
                                + "several teachers into one, thereby reducing conflicts.",
                        "Rationale Fusion"));
    }

    @Test
    void anExampleIsAnAside() {
        assertEquals(
                "Metrics Learned from Open-Ended Feedback",
                title("We show that metrics learned from open-ended feedback e.g. free text transfer.", null));
    }

    @Test
    void aDescriptorNeverStartsWithPunctuation() {
        assertEquals(
                "Seer: Model Learning to Think with Images",
                title("To address this, we introduce Seer , a model that learns to think with images.", "Seer"));
    }

    @Test
    void anAdverbAfterThatGoesWithIt() {
        assertEquals(
                "Log Replay: Reusing Prior Computation from Past Logs",
                title(
                        "We introduce Log Replay, a generation scheme that directly reuses prior computation from past logs.",
                        "Log Replay"));
    }

    @Test
    void stressedEndingsDoubleTheirConsonant() {
        assertEquals("embedding", TitlePhrase.gerund("embeds"));
        assertEquals("equipping", TitlePhrase.baseGerund("equip"));
        assertEquals("opening", TitlePhrase.baseGerund("open"));
    }

    @Test
    void aTldrOpeningOnABareVerbAndRepeatingTheNameSaysItOnce() {
        String tldr = "Propose new architecture Mamba-Q that generalizes state space models to use softmax attention";
        String text = "Sequence models are designed for parallel training.";
        assertEquals(
                "Mamba-Q: Architecture Generalizing State Space Models to Use Softmax Attention",
                new Titles().base(entry(tldr, text), text, Optional.of("Mamba-Q")));
    }

    @Test
    void aNameThatModifiesTheKindStays() {
        assertEquals("Two-Stage QZ for Reasoning LLMs", Titles.withoutName("Two-Stage QZ for Reasoning LLMs", "QZ"));
    }

    @Test
    void theseIsFiller() {
        assertEquals(
                "Removing Repeated Phrases Helps", title("We show that removing these repeated phrases helps.", null));
    }

    @Test
    void aOneWordDescriptorGivesWayToTheNextSource() {
        String tldr = "We present the Crawl-X pipeline.";
        String text = "Data is scarce. We introduce Crawl-X, which converts web documents into verifiable questions.";
        assertEquals(
                "Crawl-X: Converting Web Documents into Verifiable Questions",
                new Titles().base(entry(tldr, text), text, Optional.of("Crawl-X")));
    }

    @Test
    void aNamedPaperNeverTakesTheBackgroundSentence() {
        assertEquals(
                "Mobi-Q", title("Large language models have achieved remarkable success. Mobi-Q is fast.", "Mobi-Q"));
    }

    @Test
    void anUnspacedDashOpensAnAside() {
        assertEquals(
                "Repurposing the KV Cache",
                title("We repurpose the KV cache—traditionally used only for speed—as a representation.", null));
    }

    @Test
    void byIntroducingIntroducesAName() {
        assertEquals(
                "StepBack: Step Backtracking Revealing a Partial Prefix of the Answer",
                title(
                        "We address this by introducing step backtracking (StepBack), a curriculum algorithm that "
                                + "reveals a partial prefix of the answer.",
                        "StepBack"));
    }

    @Test
    void aNameWithNoKindTakesItsPurposeAsAnAction() {
        assertEquals(
                "Bridge: Generating Interdependent Responses in Parallel",
                title("Answers vary. We propose Bridge to generate interdependent responses in parallel.", "Bridge"));
        assertEquals(
                "FedTDP: Federated Trajectory Data Preparation",
                title("Data is split. We propose FedTDP for Federated Trajectory Data Preparation.", "FedTDP"));
        assertEquals(
                "E2H: Scheduling Tasks from Easy to Hard",
                title("We propose to schedule tasks from easy to hard (E2H), allowing skills to grow.", "E2H"));
    }

    @Test
    void aSecondVerbReadsLikeTheFirst() {
        assertEquals(
                "A2S: Recognizing and Handling Ambiguity",
                title("We present A2S, an end-to-end training framework to recognize and handle ambiguity.", "A2S"));
        assertEquals(
                "TrimR: Trimming Reasoning and Enhancing Test-Time Scaling",
                title("We propose TrimR, a framework to trim reasoning and enhance test-time scaling.", "TrimR"));
    }

    @Test
    void aStatementEndsBeforeTheAuthorsNextClaim() {
        assertEquals(
                "Studying LLM Pretraining with Logit Distillation",
                title(
                        "We study LLM pretraining with logit distillation and show that it comes with a tradeoff.",
                        null));
        assertEquals(
                "Two Classes of Sampling Algorithms",
                title("We further propose and analyze two classes of sampling algorithms.", null));
    }

    @Test
    void aMarkedLongFormIsSpelledWholeAndPlain() {
        assertEquals(
                "RESTRAIN: Reinforcement Learning with Self-restraint Training",
                title(
                        "We introduce REinforcement learning with Self-resTRAINt training (RESTRAIN), a framework.",
                        "RESTRAIN"));
    }

    @Test
    void aNameKeepsItsDescriptorAcrossAOneWordKind() {
        assertEquals(
                "WebRL: Scalable Data Engine Converting Documents into Questions",
                title(
                        "Data is scarce. We introduce the WebRL pipeline, a scalable data engine that converts "
                                + "documents into questions.",
                        "WebRL"));
        assertEquals(
                "MoBE: Mixture-of-Basis-Experts Achieving Model Compression",
                title(
                        "This paper introduces a novel Mixture-of-Basis-Experts (MoBE) method that achieves model "
                                + "compression.",
                        "MoBE"));
    }

    @Test
    void aSmallFirstLetterNameOpensASentenceAndIEIsNoKind() {
        assertEquals(
                "ssTok: Self-modulated Token Selection Approach",
                title(
                        "We propose ssTok, a Self-modulated Token Selection approach. ssTok leverages signals.",
                        "ssTok"));
        assertEquals(
                "FG-B: Comprehensive Fine-Grained Evaluation Benchmark",
                title(
                        "We introduce a comprehensive fine-grained evaluation benchmark, i.e., FG-B, with images.",
                        "FG-B"));
    }

    /** Taking the name out of a descriptor gives what the per-name regex it replaced gives. */
    @Test
    void withoutNameIsWhatThePerNameRegexGives() {
        String[] words = {"X-1", "X-1,", "X", "new", "model", "that", "which", "learning", "ing", ",", "is", "a", "Ｘ"};
        Random random = new Random(23);
        for (int n = 0; n < 5000; n++) {
            StringBuilder descriptor = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                descriptor.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? "" : " ");
            }
            String d = descriptor.toString();
            String name = random.nextBoolean() ? "X-1" : "X";
            assertEquals(byRegex(d, name), Titles.withoutName(d, name), d + " / " + name);
        }
    }

    private static String byRegex(String descriptor, String method) {
        String folded = Normalizer.normalize(descriptor, Normalizer.Form.NFKC);
        String name = Normalizer.normalize(method, Normalizer.Form.NFKC);
        if (name.isEmpty() || folded.length() != descriptor.length()) {
            return descriptor;
        }
        if (!folded.startsWith(name)) {
            Matcher named = Pattern.compile(" " + Pattern.quote(name) + "(?=,? (?:that |which |[a-z]+ing\\b))")
                    .matcher(" " + folded);
            int at = named.find() ? named.start() + 1 : -1;
            return at > 0 && at < 60
                    ? descriptor.substring(0, at - 1) + descriptor.substring(at + name.length())
                    : descriptor;
        }
        String after = descriptor.substring(name.length()).replaceFirst("^[\\s,:)]*(?:(?:is|are|which|that)\\s+)*", "");
        return TitlePhrase.withoutLeading(after);
    }
}
