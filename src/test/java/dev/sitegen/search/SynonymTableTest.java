package dev.sitegen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SynonymTableTest {

    private static final SynonymGroups CURATED =
            new SynonymGroups(List.of(List.of("投机解码", "推测解码", "speculative decoding")));

    @Test
    void keysWordsByStemAndHanRunsAsWritten() {
        assertEquals("specul decod", SynonymTable.key("Speculative Decoding"));
        assertEquals("specul decod", SynonymTable.key("speculatively  decoded"));
        assertEquals("kv 缓存", SynonymTable.key("KV缓存"));
        assertEquals("chain-of-thought", SynonymTable.key("Chain-of-Thought"));
    }

    @Test
    void learnsAcronymsTheDigestSpellsOutBothWays() {
        SynonymTable table = SynonymTable.of(
                List.of(
                        Fixtures.doc("a", "Fast drafts", "", "We speed up Speculative Decoding (SD) with trees."),
                        Fixtures.doc("b", "More drafts", "", "Speculative decoding (SD) again.")),
                SynonymGroups.none());
        assertEquals(Set.of("speculative decoding"), table.phrases().get("sd"));
        assertEquals(Set.of("sd"), table.phrases().get("specul decod"));
    }

    @Test
    void searchesAnAmbiguousAcronymsLongFormsButNotTheAcronymFromThem() {
        SynonymTable table = SynonymTable.of(
                List.of(
                        Fixtures.doc("a", "x", "", "Speculative Decoding (SD) is fast."),
                        Fixtures.doc("b", "y", "", "Stable Diffusion (SD) draws.")),
                SynonymGroups.none());
        assertEquals(
                Set.of("speculative decoding", "stable diffusion"),
                table.phrases().get("sd"));
        assertFalse(table.phrases().containsKey("stabl diffus"));
    }

    @Test
    void makesEveryCuratedMemberSearchTheOthers() {
        SynonymTable table = SynonymTable.of(List.of(), CURATED);
        assertEquals(Set.of("推测解码", "speculative decoding"), table.phrases().get("投机解码"));
        assertEquals(Set.of("投机解码", "推测解码"), table.phrases().get("specul decod"));
    }

    @Test
    void indexesItsMultiWordPhrasesAsTermsWhateverTheirForm() {
        PhraseTerms phrases = SynonymTable.of(List.of(), CURATED).phraseTerms();
        assertEquals(
                List.of("=specul decod"),
                phrases.in(SynonymTable.parts(Tokenizer.normalize("Faster Speculative decodings for all"))));
        assertTrue(phrases.in(SynonymTable.parts(Tokenizer.normalize("speculative drafts, decoding")))
                .isEmpty());
    }

    @Test
    void findsPhrasesOfSeveralPartsEachTimeTheyOccur() {
        PhraseTerms phrases = SynonymTable.of(
                        List.of(), new SynonymGroups(List.of(List.of("large language models", "LLM"))))
                .phraseTerms();
        assertEquals(
                List.of("=larg languag model", "=larg languag model"),
                phrases.in(SynonymTable.parts(
                        Tokenizer.normalize("Large large language model; large language, Large Language Models"))));
    }

    @Test
    void indexesALongHanPhraseOnceWhereverItIsInARun() {
        PhraseTerms phrases = SynonymTable.of(List.of(), CURATED).phraseTerms();
        assertEquals(
                List.of("=推测解码", "=投机解码"), phrases.in(SynonymTable.parts(Tokenizer.normalize("用推测解码加速，再推测解码；投机解码"))));
        assertTrue(phrases.in(SynonymTable.parts("推测 解码")).isEmpty());
    }
}
