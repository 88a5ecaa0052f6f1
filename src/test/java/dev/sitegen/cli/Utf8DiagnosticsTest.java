package dev.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, case 15: under LANG=C the Chinese in a diagnostic still comes out as UTF-8, not '???'. */
class Utf8DiagnosticsTest {
    @TempDir
    Path tmp;

    @Test
    void diagnosticsAreUtf8UnderTheCLocale() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content"));
        String sample = Files.readString(Path.of("src/test/resources/digest/real-sample-20.txt"));
        Files.writeString(content.resolve("d.txt"), sample + "\n未知的一行\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "dev.sitegen.cli.Main",
                "check",
                "--content",
                content.toString()));
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("SITEGEN_RELAUNCH", "0");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), text);
        assertTrue(text.contains("未知的一行"), text);
    }
}
