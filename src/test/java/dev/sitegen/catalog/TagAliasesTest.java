package dev.sitegen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, cases 12 and 13: alias chains, cycles, and files too large to parse. */
class TagAliasesTest {
    @TempDir
    Path content;

    private TagAliases load(String yaml) throws IOException, ConfigException {
        Files.writeString(content.resolve(TagAliases.FILE_NAME), yaml);
        return TagAliases.load(content);
    }

    @Test
    void aChainOfFiveHopsMergesEverySpellingIntoItsEnd() throws Exception {
        TagAliases aliases = load("""
                Alpha: [Beta]
                Beta: [Gamma]
                Gamma: [Delta]
                Delta: [Epsilon]
                Epsilon: [Zeta]
                """);
        CanonicalTags tags = new CanonicalTags(new Acronyms(), aliases);
        List<String> all = List.of("Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta");
        all.forEach(t -> tags.add("p-" + t, t));
        assertEquals(
                1,
                all.stream().map(tags::key).distinct().count(),
                () -> all.stream().map(tags::key).toList().toString());
        assertEquals(1, tags.tags().size());
    }

    @Test
    void aCycleIsAnErrorAtTheLineOfItsFirstKey() throws Exception {
        ConfigException e = assertThrows(ConfigException.class, () -> load("""
                # comment
                Pretraining: [Pre-training]
                Alpha: [Beta]
                Beta: [Gamma]
                Gamma: [alpha]
                """));
        assertTrue(
                e.getMessage()
                        .contains("tag-aliases.yml:3: the aliases go round in a circle: Alpha → Gamma → Beta → Alpha"),
                e.getMessage());
    }

    @Test
    void aSpellingThatFoldsLikeItsOwnKeyIsNoCycle() throws Exception {
        TagAliases aliases = load("Fine-tuning: [Fine tuning, fine-tunings]\n");
        assertTrue(aliases.cycle().isEmpty());
    }

    @Test
    void aSingleSpellingNeedsNoBrackets() throws Exception {
        assertEquals(
                List.of("RLVR"),
                load("RL with verifiable rewards: RLVR\n")
                        .canonicalToSpellings()
                        .get("RL with verifiable rewards"));
    }

    @Test
    void aValueOfTheWrongKindIsSaidInTheFilesTerms() {
        ConfigException e = assertThrows(ConfigException.class, () -> load("Alpha:\n  nested: [x]\n"));
        assertTrue(
                e.getMessage().contains("tag-aliases.yml:2: 'Alpha' must be followed by a list of spellings"),
                e.getMessage());
        assertTrue(!e.getMessage().contains("java.") && !e.getMessage().contains(".."), e.getMessage());
    }

    @Test
    void aFileOverOneMegabyteIsRefusedBeforeParsing() {
        ConfigException e = assertThrows(ConfigException.class, () -> load("A: [" + "b".repeat(2 << 20) + "]\n"));
        assertTrue(e.getMessage().contains("at most 1048576 bytes"), e.getMessage());
    }
}
