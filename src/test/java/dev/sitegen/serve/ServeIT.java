package dev.sitegen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts {@code site-gen serve} on a free port, edits a copy of a digest and watches the served site follow. */
class ServeIT {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger exit = new AtomicInteger(-1);
    private Path digest;
    private Thread serve;
    private String url;

    @BeforeEach
    void startServe() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content"));
        digest = content.resolve("digest.txt");
        Files.copy(Path.of("src/test/resources/digest/real-sample-20.txt"), digest);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        serve = new Thread(() -> exit.set(Main.run(
                new String[] {
                    "serve",
                    "--content",
                    content.toString(),
                    "--out",
                    tmp.resolve("out").toString(),
                    "--port",
                    "0",
                    "--base-path",
                    "/repo/"
                },
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                errStream)));
        serve.start();
        url = waitFor(() -> {
            Matcher m = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+/repo/)")
                    .matcher(errText());
            return m.find() ? m.group(1) : null;
        });
    }

    @AfterEach
    void stopServe() throws InterruptedException {
        serve.interrupt();
        serve.join(10_000);
        assertEquals(0, exit.get(), errText());
    }

    @Test
    void servesUnderTheBasePathWithLiveReloadOnlyInServedPages() throws Exception {
        HttpResponse<String> home = get("index.html");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("__sitegen/live.js"));
        assertFalse(
                Files.readString(tmp.resolve("out/index.html")).contains("__sitegen"), "published files stay clean");
        assertEquals(404, get("papers/nope/index.html").statusCode());
        assertEquals(200, get("__sitegen/live.js").statusCode());
    }

    @Test
    void rebuildsAfterAnEditAndKeepsUnchangedFilesUntouched() throws Exception {
        Path untouched = tmp.resolve("out/404.html");
        long before = Files.getLastModifiedTime(untouched).toMillis();
        String text = Files.readString(digest);
        String marker = "LIVE-EDIT-" + System.nanoTime();
        Files.writeString(digest, text.replaceFirst("🎯 研究动机", "🎯 研究动机" + marker));
        Path paper = waitFor(() -> pageContaining(marker));
        String pagePath = tmp.resolve("out").relativize(paper).toString().replace('\\', '/');
        assertTrue(get(pagePath).body().contains(marker), "the served page shows the edit");
        waitFor(() -> errText().matches("(?s).*rebuilt in \\d+ ms: \\d+ files written, 0 deleted.*") ? "" : null);
        assertEquals(before, Files.getLastModifiedTime(untouched).toMillis(), "an unchanged page is not rewritten");
    }

    @Test
    void aBadEditIsReportedAndTheLastGoodSiteStaysServed() throws Exception {
        String good = get("index.html").body();
        Files.write(digest, new byte[] {(byte) 0xff, (byte) 0xfe, 'x', '\n'});
        waitFor(() -> errText().contains("still serving the last good site") ? "" : null);
        assertEquals(good, get("index.html").body());
    }

    /**
     * Saves that come faster than serve rebuilds (it coalesces them, and may read a save half-written) end in the
     * site a fresh build of the final text writes, with no folder left behind by a paper whose id moved, a deleted
     * paper or a tag that went.
     */
    @Test
    void rapidSavesEndInTheSiteAFreshBuildWrites() throws Exception {
        String text = Files.readString(digest);
        Pattern entryStart = Pattern.compile("(?m)^[^\\n#][^\\n]*\\n[^\\n]*\\n#"); // area, topic, tag line
        for (int i = 0; i < 12; i++) {
            text = switch (i % 3) {
                case 0 -> text.replaceFirst("查看完整摘要 \\(Abstract\\)\\n+", "$0Edit" + i + " "); // the id moves
                case 1 -> text.replaceFirst("(?m)^#[^#\\n]+", "#Rapid Tag " + i + " "); // a tag comes, one may go
                default -> {
                    Matcher entries = entryStart.matcher(text);
                    entries.find();
                    int first = entries.start();
                    entries.find();
                    yield text.substring(0, first) + text.substring(entries.start()); // the first paper goes
                }
            };
            Files.writeString(digest, text);
            Thread.sleep(20 + 15 * i);
        }
        Path fresh = tmp.resolve("fresh");
        assertEquals(
                0,
                Main.run(
                        new String[] {
                            "build", "--quiet", "--content", digest.getParent().toString(), "--out", fresh.toString()
                        },
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        Path live = tmp.resolve("out");
        try {
            waitFor(() -> difference(fresh, live).isEmpty() ? "" : null);
        } catch (AssertionError e) {
            throw new AssertionError("serve's site never matched a fresh build: "
                    + difference(fresh, live).orElse(""));
        }
        Thread.sleep(1_000); // no late rebuild of an older save may follow
        assertEquals(Optional.empty(), difference(fresh, live), "serve's site changed after it matched");
    }

    /** The first path whose presence or bytes differ between the two folders, folders included. */
    private static Optional<String> difference(Path expected, Path actual) {
        try (Stream<Path> a = Files.walk(expected);
                Stream<Path> b = Files.walk(actual)) {
            Set<Path> left = a.map(expected::relativize).collect(Collectors.toCollection(TreeSet::new));
            Set<Path> right = b.map(actual::relativize).collect(Collectors.toCollection(TreeSet::new));
            for (Path p : right) {
                if (!left.contains(p)) {
                    return Optional.of(p + " is only in serve's site");
                }
            }
            for (Path p : left) {
                if (!right.contains(p)) {
                    return Optional.of(p + " is missing from serve's site");
                }
                Path x = expected.resolve(p);
                if (Files.isRegularFile(x) && Files.mismatch(x, actual.resolve(p)) != -1) {
                    return Optional.of(p + " differs");
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("serve is still writing (" + e.getMessage() + ")");
        }
    }

    private Path pageContaining(String text) {
        try (Stream<Path> pages = Files.walk(tmp.resolve("out/papers"))) {
            return pages.filter(p -> p.getFileName().toString().equals("index.html"))
                    .filter(p -> {
                        try {
                            return Files.readString(p).contains(text);
                        } catch (IOException e) {
                            return false; // being rewritten right now: look again on the next round
                        }
                    })
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url + path))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static <T> T waitFor(java.util.function.Supplier<T> probe) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting");
    }
}
