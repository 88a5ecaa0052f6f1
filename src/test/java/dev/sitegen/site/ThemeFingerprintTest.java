package dev.sitegen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeFingerprintTest {
    @TempDir
    Path theme;

    @Test
    void changesWhenAnyThemeFileChanges() throws IOException {
        Files.writeString(theme.resolve("layout.ftlh"), "<#macro page></#macro>");
        Files.createDirectories(theme.resolve("assets"));
        Files.writeString(theme.resolve("assets/site.css"), "body{}");
        String before = ThemeFingerprint.of(Optional.of(theme));
        assertEquals(before, ThemeFingerprint.of(Optional.of(theme)));
        Files.writeString(theme.resolve("assets/site.css"), "body{color:red}");
        assertNotEquals(before, ThemeFingerprint.of(Optional.of(theme)));
    }

    @Test
    void packagedThemeIsConstant() throws IOException {
        assertEquals(ThemeFingerprint.of(Optional.empty()), ThemeFingerprint.of(Optional.empty()));
    }
}
