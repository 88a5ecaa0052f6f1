package dev.sitegen.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteConfigReaderTest {
    @TempDir
    Path content;

    private final SiteConfigReader reader = new SiteConfigReader();

    @Test
    void usesDefaultsWhenTheFileIsMissing() throws ConfigException {
        assertEquals(SiteConfig.defaults(), reader.read(content));
    }

    @Test
    void usesDefaultsForKeysTheFileLeavesOut() throws Exception {
        write("title: My digest\n");
        SiteConfig config = reader.read(content);
        assertEquals("My digest", config.title());
        assertEquals(SiteConfig.defaults().description(), config.description());
        assertEquals("zh-CN", config.language());
        assertEquals(Optional.empty(), config.baseUrl());
    }

    @Test
    void readsEveryKey() throws Exception {
        write("""
                title: T
                description: D
                baseUrl: https://example.org/repo
                language: en
                repositoryUrl: https://github.com/o/r
                topicSlugs:
                  推理与思维链: reasoning
                """);
        SiteConfig config = reader.read(content);
        assertEquals(Optional.of("https://example.org/repo/"), config.baseUrl(), "a trailing slash is added");
        assertEquals("en", config.language());
        assertEquals(Optional.of("https://github.com/o/r"), config.repositoryUrl());
        assertEquals("reasoning", config.topicSlugs().get("推理与思维链"));
    }

    @Test
    void rejectsAnUnknownKeyNamingItTheLineAndTheKnownKeys() throws Exception {
        write("title: T\ntitel: typo\n");
        ConfigException e = assertThrows(ConfigException.class, () -> reader.read(content));
        assertTrue(e.getMessage().contains("site.yml:2"), e.getMessage());
        assertTrue(e.getMessage().contains("'titel'"), e.getMessage());
        assertTrue(e.getMessage().contains("title") && e.getMessage().contains("topicSlugs"), e.getMessage());
    }

    @Test
    void reportsBrokenYamlWithItsLine() throws Exception {
        write("title: T\ntopicSlugs: [unclosed\n");
        ConfigException e = assertThrows(ConfigException.class, () -> reader.read(content));
        assertTrue(e.getMessage().matches("(?s).*site\\.yml:\\d+: .*"), e.getMessage());
    }

    @Test
    void treatsAnEmptyFileAsDefaults() throws Exception {
        write("");
        assertEquals(SiteConfig.defaults(), reader.read(content));
    }

    @Test
    void readsTheShippedConfig() throws ConfigException {
        SiteConfig config = reader.read(Path.of("content"));
        assertEquals(7, config.topicSlugs().size());
        config.topicSlugs().values().forEach(slug -> assertTrue(slug.matches("[a-z0-9-]+"), slug));
    }

    private void write(String yaml) throws IOException {
        Files.writeString(content.resolve(SiteConfigReader.FILE_NAME), yaml);
    }
}
