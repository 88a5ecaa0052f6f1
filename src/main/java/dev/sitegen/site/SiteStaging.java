package dev.sitegen.site;

import dev.sitegen.render.RenderedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A new site being written file by file into a staging directory next to the output; nothing is visible
 * until {@link #commit} swaps it into place. Closing an uncommitted staging deletes it, so a build that fails
 * leaves the previous site as it was; one that is killed leaves a staging directory the next build removes.
 * Files may arrive in batches from any thread, as soon as each stage has them. Holds the output's lock until
 * closed.
 */
public final class SiteStaging implements AutoCloseable {
    private final Path out;
    private final Path staging;
    private final Path old;
    private final OutputLock lock;
    private final Runnable betweenRenames;
    private final Set<Path> paths = ConcurrentHashMap.newKeySet();
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Set<Path> dirs = ConcurrentHashMap.newKeySet();
    private boolean committed;

    SiteStaging(Path out, Path staging, Path old, OutputLock lock, Runnable betweenRenames) throws IOException {
        this.out = out;
        this.staging = staging;
        this.old = old;
        this.lock = lock;
        this.betweenRenames = betweenRenames;
        Files.createDirectories(staging);
    }

    /** Writes {@code files} into the staging directory; a path may be written only once per site. */
    public void write(Collection<RenderedFile> files) throws IOException {
        SiteWriter.writeAll(staging, files, paths, dirs);
        files.forEach(f -> written.add(f.path()));
    }

    /** How many files have been written so far. */
    public int written() {
        return written.size();
    }

    /**
     * Makes the staged files the whole content of the output directory: the manifest of what was written is
     * added, the old site is renamed away, the new one renamed into place, then the old one deleted. If the
     * second rename fails, the old site is put back.
     */
    public void commit() throws IOException {
        SiteWriter.writeAll(
                staging, List.of(new RenderedFile(SiteManifest.FILE_NAME, SiteManifest.of(written))), paths, dirs);
        boolean hadSite = Files.exists(out);
        if (hadSite) {
            Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            betweenRenames.run();
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            if (hadSite && !Files.exists(out)) {
                Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        committed = true;
        try {
            SiteWriter.deleteTree(old);
        } catch (IOException e) {
            // The new site is in place; the next build deletes what is left of the old one.
            System.getLogger(SiteStaging.class.getName()).log(System.Logger.Level.DEBUG, "cannot delete " + old, e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (!committed) {
                SiteWriter.deleteTree(staging);
            }
        } finally {
            lock.close();
        }
    }
}
