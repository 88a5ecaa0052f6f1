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

    /** Issue 13, case 7: a configured URL becomes a link on every page, so only absolute http(s) URLs pass. */
    @Test
    void rejectsAJavascriptRepositoryUrlNamingKeyAndLine() throws Exception {
        write("title: T\nrepositoryUrl: \"javascript:alert(document.domain)//\"\n");
        ConfigException e = assertThrows(ConfigException.class, () -> reader.read(content));
        assertTrue(
                e.getMessage().contains("site.yml:2: 'repositoryUrl' must be an absolute http(s) URL"), e.getMessage());
    }

    @Test
    void rejectsABaseUrlThatIsNotAnAbsoluteHttpUrl() throws Exception {
        for (String bad : new String[] {
            "javascript:alert(1)",
            "//evil.example/",
            "repo/",
            "https://",
            "data:text/html,x",
            "\"https://x.org/\\\" onmouseover=\\\"alert(1)\""
        }) {
            write("baseUrl: " + bad + "\n");
            ConfigException e = assertThrows(ConfigException.class, () -> reader.read(content), bad);
            assertTrue(
                    e.getMessage().contains("site.yml:1: 'baseUrl' must be an absolute http(s) URL"), e.getMessage());
        }
        write("baseUrl: HTTPS://user.github.io/repo\n");
        assertEquals(
                Optional.of("HTTPS://user.github.io/repo/"),
                reader.read(content).baseUrl());
    }

    /** Issue 13, case 13: a huge file is refused before the YAML parser sees it (a 10 MB value took minutes). */
    @Test
    void rejectsAFileOverOneMegabyteBeforeParsing() throws Exception {
        write("title: " + "x".repeat(10 * 1024 * 1024) + "\n");
        long start = System.nanoTime();
        ConfigException e = assertThrows(ConfigException.class, () -> reader.read(content));
        assertTrue(e.getMessage().contains("at most 1048576 bytes (1 MB)"), e.getMessage());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused at once");
    }

    /** Issue 13, case 15: a type error says which key and what it must hold, in the file's terms. */
    @Test
    void saysATypeErrorInTheFilesTerms() throws Exception {
        write("title: T\ndescription: [a, b]\n");
        ConfigException e = assertThrows(ConfigException.class, () -> reader.read(content));
        assertEquals(
                content.resolve("site.yml") + ":2: 'description' has a value of the wrong kind: it must be text. "
                        + "Correct the value.",
                e.getMessage());
        write("topicSlugs: [a]\n");
        e = assertThrows(ConfigException.class, () -> reader.read(content));
        assertTrue(
                e.getMessage().contains("'topicSlugs' has a value of the wrong kind: it must be a mapping"),
                e.getMessage());
        write("just text\n");
        e = assertThrows(ConfigException.class, () -> reader.read(content));
        assertTrue(e.getMessage().contains("the file must be a mapping of keys to values"), e.getMessage());
        for (String message : new String[] {e.getMessage()}) {
            assertTrue(!message.contains("java.") && !message.contains("$") && !message.contains(".."), message);
        }
        write("title: T\ntopicSlugs: [unclosed\n");
        e = assertThrows(ConfigException.class, () -> reader.read(content));
        assertTrue(!e.getMessage().contains("java.") && !e.getMessage().contains(".."), e.getMessage());
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
