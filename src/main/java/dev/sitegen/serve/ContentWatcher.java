package dev.sitegen.serve;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches directory trees (content/, templates/) and calls back once per burst of changes: editors
 * save a file in several steps, so events are collected until {@link #QUIET_MILLIS} pass without one.
 */
public final class ContentWatcher implements AutoCloseable {
    static final long QUIET_MILLIS = 60;

    private final WatchService watcher;

    public ContentWatcher(List<Path> roots) throws IOException {
        watcher = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                register(root);
            }
        }
    }

    private void register(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    /** Blocks until something changed and then stayed quiet; returns false when the watcher was closed. */
    public boolean awaitChange() throws InterruptedException {
        try {
            WatchKey key = watcher.take();
            drain(key);
            while ((key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                drain(key);
            }
            return true;
        } catch (java.nio.file.ClosedWatchServiceException e) {
            return false;
        }
    }

    private void drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        key.pollEvents().forEach(event -> {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name
                    && Files.isDirectory(dir.resolve(name))) {
                try {
                    register(dir.resolve(name)); // a new folder of templates or assets is watched too
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        key.reset();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
