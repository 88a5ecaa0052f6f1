package dev.sitegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {
    @TempDir
    Path theme;

    private Templates themeWith(String homeTemplate) throws IOException {
        for (String name : Templates.NAMES) {
            Files.writeString(theme.resolve(name), "");
        }
        Files.writeString(theme.resolve("home.ftlh"), homeTemplate);
        return Templates.open(Optional.of(theme));
    }

    @Test
    void escapesRecordComponentsInHtmlTemplates() throws IOException {
        byte[] html = themeWith("<p>${label}</p>").render("home.ftlh", Link.of("x", "<b>&${x}"));
        assertEquals("<p>&lt;b&gt;&amp;${x}</p>", new String(html, StandardCharsets.UTF_8));
    }

    @Test
    void cannotInstantiateJavaClassesFromATemplate() throws IOException {
        Templates templates = themeWith("${'freemarker.template.utility.Execute'?new()('id')}");
        assertThrows(RuntimeException.class, () -> templates.render("home.ftlh", Link.of("x", "y")));
    }

    @Test
    void cannotReachTheJavaApiOfValues() throws IOException {
        Templates templates = themeWith("${label?api.getClass()}");
        assertThrows(RuntimeException.class, () -> templates.render("home.ftlh", Link.of("x", "y")));
    }

    @Test
    void missingTemplateNamesTheFile() throws IOException {
        Files.writeString(theme.resolve("home.ftlh"), "");
        ThemeException e = assertThrows(ThemeException.class, () -> Templates.open(Optional.of(theme)));
        assertTrue(e.getMessage().contains("topic.ftlh"), e.getMessage());
    }

    @Test
    void packagedThemeShipsStylesheetFaviconAndKatex() {
        var paths = new Theme(Optional.empty())
                .assets().stream().map(RenderedFile::path).toList();
        assertTrue(
                paths.containsAll(java.util.List.of(
                        "site.css",
                        "favicon.svg",
                        "katex/katex.min.js",
                        "katex/katex.min.css",
                        "katex/fonts/KaTeX_Main-Regular.woff2")),
                paths.toString());
        assertTrue(paths.stream().noneMatch(p -> p.endsWith(".ttf") || p.endsWith(".woff")), paths.toString());
    }
}
