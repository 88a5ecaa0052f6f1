package dev.sitegen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.digest.DigestReader;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Paper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TitlePinsTest {
    private static final String DIGEST = "基础模型\n对齐\n#a\n🎯 研究动机动机。\n❓ 解决问题如何保持安全。\n查看完整摘要 (Abstract)\n"
            + "Safety degrades. We propose GuardSpace, a guardrail framework for preserving safety alignment.\n";

    @TempDir
    Path dir;

    private TitlePins pins(String yaml) throws Exception {
        Files.writeString(dir.resolve(TitlePins.FILE_NAME), yaml);
        return TitlePins.load(dir);
    }

    private CatalogResult build(TitlePins pins) {
        return new CatalogBuilder()
                .build(
                        new DigestReader().read("p.txt", DIGEST.getBytes(StandardCharsets.UTF_8)),
                        SiteConfig.defaults(),
                        TagAliases.none(),
                        pins);
    }

    @Test
    void aFileOfCommentsPinsNothing() throws Exception {
        assertEquals(TitlePins.none(), pins("# nothing pinned yet\n"));
        assertEquals(TitlePins.none(), TitlePins.load(dir.resolve("missing")));
    }

    @Test
    void aPinReplacesTheDerivedTitle() throws Exception {
        String id = build(TitlePins.none()).catalog().papers().get(0).id();
        CatalogResult result = build(pins("# pins\n" + id + ": \"GuardSpace: The Real Title\"\n"));
        Paper paper = result.catalog().papers().get(0);
        assertEquals("GuardSpace: The Real Title", paper.title());
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void aPinForNoPaperIsAnErrorAtItsLine() throws Exception {
        CatalogResult result = build(pins("# pins\n\nffffffffff: \"Gone Paper\"\n"));
        Diagnostic error = result.diagnostics().get(0);
        assertTrue(error.isError());
        assertEquals(3, error.location().line());
        assertTrue(error.message().contains("ffffffffff"), error.message());
    }

    @Test
    void aDuplicateIdIsAnErrorAtItsLine() {
        ConfigException e = assertThrows(ConfigException.class, () -> pins("abc: \"One\"\nabc: \"Two\"\n"));
        assertTrue(e.getMessage().contains("titles.yml:2:") && e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void anEmptyOrOverlongTitleIsAnErrorAtItsLine() {
        ConfigException e = assertThrows(ConfigException.class, () -> pins("# c\nabc: \"\"\n"));
        assertTrue(e.getMessage().contains("titles.yml:2:"), e.getMessage());
        assertThrows(ConfigException.class, () -> pins("abc: \"" + "x".repeat(Titles.MAX + 1) + "\"\n"));
    }
}
