package dev.sitegen.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Watches directory trees (content/, templates/) and calls back once per burst of changes: editors
 * save a file in several steps, so events are collected until {@link #QUIET_MILLIS} pass without one.
 * Each root's parent folder is watched too, for that root's name only: a root that is deleted (or replaced, as
 * a checkout or sync tool may do) and created again is watched again, and its removal counts as a change.
 */
public final class ContentWatcher implements AutoCloseable {
    static final long QUIET_MILLIS = 60;

    private final WatchService watcher;
    private final List<Path> roots;
    /** The parents' keys, whose events matter only for a root's own name. */
    private final Set<WatchKey> parentKeys = ConcurrentHashMap.newKeySet();

    public ContentWatcher(List<Path> roots) throws IOException {
        watcher = FileSystems.getDefault().newWatchService();
        this.roots = roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
        for (Path root : this.roots) {
            if (Files.isDirectory(root)) {
                register(root);
            }
            Path parent = root.getParent();
            if (parent != null && Files.isDirectory(parent)) {
                parentKeys.add(parent.register(
                        watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE));
            }
        }
    }

    /** Watches every folder of a tree; one deleted before it could be watched is skipped, as nothing is left to watch. */
    void register(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                try {
                    dir.register(
                            watcher,
                            StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                    return FileVisitResult.CONTINUE;
                } catch (NoSuchFileException e) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
            }

            /** A link to a folder is watched as a folder, but not walked into. */
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                return attributes.isSymbolicLink() && Files.isDirectory(file)
                        ? preVisitDirectory(file, attributes)
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    /**
     * Blocks until something changed and then stayed quiet; returns false when the watcher was closed. Throws when a
     * new folder cannot be watched, since its edits would then be missed.
     */
    public boolean awaitChange() throws InterruptedException, IOException {
        try {
            boolean changed = false;
            while (!changed) {
                changed = drain(watcher.take());
            }
            WatchKey key;
            while ((key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                drain(key);
            }
            return true;
        } catch (ClosedWatchServiceException e) {
            return false;
        }
    }

    /** Handles one key's events; whether any of them is a change to a watched tree. */
    private boolean drain(WatchKey key) throws IOException {
        Path dir = (Path) key.watchable();
        boolean parent = parentKeys.contains(key);
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                changed |= !parent; // overflow: something in a watched tree changed
                continue;
            }
            Path path = dir.resolve(name);
            if (parent && !roots.contains(path)) {
                continue; // a sibling of a root, e.g. the output folder
            }
            changed = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                register(path); // a new folder of templates or assets, or a root created again
            }
        }
        key.reset();
        return changed;
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
