package dev.sitegen.site;

import dev.sitegen.render.RenderedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A new site being written file by file into a staging directory next to the output; nothing is visible
 * until {@link #commit} swaps it into place. Closing an uncommitted staging deletes it, so a build that fails
 * leaves the previous site as it was; one that is killed leaves a staging directory the next build removes.
 * Files may arrive in batches from any thread, as soon as each stage has them.
 */
public final class SiteStaging implements AutoCloseable {
    private final Path out;
    private final Path staging;
    private final Path old;
    private final Set<Path> paths = ConcurrentHashMap.newKeySet();
    private final Set<Path> dirs = ConcurrentHashMap.newKeySet();
    private final AtomicInteger written = new AtomicInteger();
    private boolean committed;

    SiteStaging(Path out, Path staging, Path old) throws IOException {
        this.out = out;
        this.staging = staging;
        this.old = old;
        Files.createDirectories(staging);
    }

    /** Writes {@code files} into the staging directory; a path may be written only once per site. */
    public void write(Collection<RenderedFile> files) throws IOException {
        SiteWriter.writeAll(staging, files, paths, dirs);
        written.addAndGet(files.size());
    }

    /** How many files have been written so far. */
    public int written() {
        return written.get();
    }

    /** Makes the staged files the whole content of the output directory: the old site is renamed away, then deleted. */
    public void commit() throws IOException {
        if (Files.exists(out)) {
            Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        SiteWriter.deleteTree(old);
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            SiteWriter.deleteTree(staging);
        }
    }
}
