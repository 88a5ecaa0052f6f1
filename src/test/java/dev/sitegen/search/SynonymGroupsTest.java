package dev.sitegen.search;

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

class SynonymGroupsTest {

    @TempDir
    Path dir;

    @Test
    void readsGroupsAndDropsEmptyMembersAndLoneWords() throws IOException, ConfigException {
        Files.writeString(dir.resolve("synonyms.yml"), "# comment\n- [投机解码, speculative decoding, '']\n- [alone]\n");
        assertEquals(
                List.of(List.of("投机解码", "speculative decoding")),
                SynonymGroups.load(dir).groups());
    }

    @Test
    void aMissingFileMeansNoSynonyms() throws ConfigException {
        assertTrue(SynonymGroups.load(dir).groups().isEmpty());
    }

    @Test
    void namesFileAndLineOfABadEntry() throws IOException {
        Files.writeString(dir.resolve("synonyms.yml"), "- [a, b]\n- {a: b}\n");
        ConfigException e = assertThrows(ConfigException.class, () -> SynonymGroups.load(dir));
        assertTrue(e.getMessage().contains("synonyms.yml:2"), e.getMessage());
        assertTrue(e.getMessage().contains("- [投机解码, speculative decoding]"), e.getMessage());
    }
}
