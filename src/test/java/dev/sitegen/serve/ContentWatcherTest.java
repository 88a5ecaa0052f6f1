package dev.sitegen.serve;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, case 5: the watcher keeps watching a content folder that was deleted and created again. */
class ContentWatcherTest {
    @TempDir
    Path tmp;

    @Test
    void seesAnEditInAContentFolderThatWasDeletedAndCreatedAgain() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Files.writeString(content.resolve("d.txt"), "one");
        try (ContentWatcher watcher = new ContentWatcher(List.of(content))) {
            delete(content);
            assertTimeoutPreemptively(
                    Duration.ofSeconds(10), () -> assertTrue(watcher.awaitChange()), "the deletion is a change");
            Files.createDirectories(content);
            assertTimeoutPreemptively(
                    Duration.ofSeconds(10),
                    () -> assertTrue(watcher.awaitChange()),
                    "the folder created again is a change");
            Thread.sleep(200);
            Files.writeString(content.resolve("d.txt"), "two");
            assertTimeoutPreemptively(
                    Duration.ofSeconds(10),
                    () -> assertTrue(watcher.awaitChange()),
                    "an edit in the new folder is seen");
        }
    }

    @Test
    void ignoresChangesBesideTheWatchedFolder() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content"));
        try (ContentWatcher watcher = new ContentWatcher(List.of(content))) {
            Files.createDirectories(tmp.resolve("site-out"));
            Thread thread = new Thread(() -> {
                try {
                    watcher.awaitChange();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            thread.start();
            thread.join(1500);
            assertTrue(thread.isAlive(), "a folder created beside content/ is no change");
            Files.writeString(content.resolve("d.txt"), "x");
            thread.join(10_000);
            assertTrue(!thread.isAlive(), "an edit inside is");
        }
    }

    @Test
    void skipsAFolderDeletedBeforeItCouldBeWatched() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content"));
        try (ContentWatcher watcher = new ContentWatcher(List.of(content))) {
            watcher.register(content.resolve("created-and-deleted"));
            Files.writeString(content.resolve("d.txt"), "x");
            assertTimeoutPreemptively(
                    Duration.ofSeconds(10), () -> assertTrue(watcher.awaitChange()), "the watcher goes on");
        }
    }

    @Test
    void watchesAFolderCreatedInsideTheTree() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content"));
        try (ContentWatcher watcher = new ContentWatcher(List.of(content))) {
            Files.createDirectories(content.resolve("static/img"));
            assertTimeoutPreemptively(
                    Duration.ofSeconds(10), () -> assertTrue(watcher.awaitChange()), "the new folder is a change");
            Files.writeString(content.resolve("static/img/a.svg"), "<svg/>");
            assertTimeoutPreemptively(
                    Duration.ofSeconds(10),
                    () -> assertTrue(watcher.awaitChange()),
                    "an edit in a folder inside the new one is seen");
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
