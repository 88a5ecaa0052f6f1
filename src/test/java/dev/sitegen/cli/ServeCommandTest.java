package dev.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.SourceLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, case 14: serve checks its port and base path before any work. */
class ServeCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aBusyPortFailsBeforeTheFirstBuild() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Files.copy(Path.of("src/test/resources/digest/real-sample-20.txt"), content.resolve("d.txt"));
        Path out = tmp.resolve("site");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int code = Main.run(
                    new String[] {
                        "serve",
                        "--content",
                        content.toString(),
                        "--out",
                        out.toString(),
                        "--port",
                        Integer.toString(busy.getLocalPort())
                    },
                    new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(1, code);
        }
        assertTrue(
                err.toString(StandardCharsets.UTF_8).contains("cannot serve on port"),
                err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(out), "nothing was built");
    }

    @Test
    void verbosePrintsEachStageOfARebuildAsBuildDoes() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Files.copy(Path.of("src/test/resources/digest/empty.txt"), content.resolve("d.txt"));
        for (boolean verbose : new boolean[] {true, false}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            List<String> args = new ArrayList<>(List.of(
                    "serve",
                    "--content",
                    content.toString(),
                    "--out",
                    tmp.resolve("site").toString(),
                    "--port",
                    "0"));
            if (verbose) {
                args.add("--verbose");
            }
            // No paper: the first build stops after the catalog stage and serve exits 1.
            int code = Main.run(
                    args.toArray(String[]::new),
                    new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            String printed = err.toString(StandardCharsets.UTF_8);
            assertEquals(1, code, printed);
            assertEquals(verbose, printed.contains("read: 0 entries"), printed);
            assertEquals(verbose, printed.contains("catalog: 0 papers"), printed);
        }
    }

    @Test
    void aBasePathWithDotSegmentsIsAUsageError() throws Exception {
        for (String bad : new String[] {"/../etc/", "/repo/../x/", "/./", ".."}) {
            assertThrows(UsageException.class, () -> Options.parse(List.of("serve", "--base-path", bad)), bad);
        }
        assertEquals(
                "/my.repo/",
                Options.parse(List.of("serve", "--base-path", "my.repo")).basePath());
    }

    @Test
    void aRebuildPrintsItsWarningsOnlyWhenTheyChanged() {
        Diagnostic tabs = Diagnostic.warning(new SourceLocation("d.txt", 3), "a tab in the tag line");
        Diagnostic hash = Diagnostic.warning(new SourceLocation("d.txt", 9), "a '#' inside parentheses");
        assertEquals(List.of(), ServeCommand.unseen(List.of(tabs, hash), List.of(tabs, hash)));
        assertEquals(List.of(tabs), ServeCommand.unseen(List.of(tabs, hash), List.of(tabs)));
        assertEquals(List.of(tabs, hash), ServeCommand.unseen(List.of(tabs), List.of(tabs, hash)));
    }
}
