package dev.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path content;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int check(String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "check";
        args[1] = "--content";
        args[2] = content.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private void digest(String fixture) throws IOException {
        Files.copy(Path.of("src/test/resources/digest", fixture), content.resolve("digest.txt"));
    }

    @Test
    void cleanDigestExits0WithASummaryAndNoDiagnostics() throws IOException {
        digest("real-sample-20.txt");
        assertEquals(0, check());
        assertTrue(
                out.toString(StandardCharsets.UTF_8)
                        .matches("checked 20 papers in \\d+ topics in \\d+ ms: 0 errors, 0 warnings\\R"),
                out.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    /** Issue 13, case 4: a content folder without papers fails the check, as it fails the build. */
    @Test
    void contentWithoutAnyPaperExits1() {
        assertEquals(1, check());
        assertTrue(
                err.toString(StandardCharsets.UTF_8).contains("no paper was read from"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void warningsPrintAsFileLineTextByDefault() throws IOException {
        digest("count-mismatch.txt");
        assertEquals(0, check());
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.matches("(?s).*digest\\.txt:\\d+: warning: .*"), text);
    }

    @Test
    void githubFormatAnnotatesTheLine() throws IOException {
        digest("count-mismatch.txt");
        assertEquals(0, check("--format", "github"));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.matches("(?s)::warning file=[^,]*digest\\.txt,line=\\d+,title=site-gen warning::.+"), text);
    }

    @Test
    void errorsExit1() throws IOException {
        digest("malformed-entries.txt");
        assertEquals(1, check("--format", "github"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("::error file="));
        assertTrue(out.toString(StandardCharsets.UTF_8).matches("(?s).*[1-9]\\d* errors.*"));
    }

    @Test
    void quietPrintsErrorsOnly() throws IOException {
        digest("count-mismatch.txt");
        assertEquals(0, check("--quiet"));
        assertEquals("", err.toString(StandardCharsets.UTF_8) + out.toString(StandardCharsets.UTF_8));
    }
}
