package dev.sitegen.site;

import dev.sitegen.render.RenderedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The only class that writes the site to disk. Files go into a staging directory next to the output
 * ({@code .site-out.staging-<pid>-<time>}); only when every file is written is the old output renamed away
 * and the staging directory renamed into place. A build that fails or is killed half-way therefore
 * leaves the previous site as it was; one killed between the two renames leaves it renamed away, and the
 * next build puts it back first. Builds into one output take turns ({@link OutputLock}), and an output is only
 * replaced if site-gen wrote every file in it ({@link SiteManifest}).
 */
public final class SiteWriter {
    private static final Pattern LEFTOVER = Pattern.compile("\\.(staging|old)-\\d+(-\\d+)?");

    private final Runnable betweenRenames;

    public SiteWriter() {
        this(() -> {});
    }

    /** A writer whose swap runs {@code betweenRenames} after the old site is renamed away: tests inject a kill there. */
    SiteWriter(Runnable betweenRenames) {
        this.betweenRenames = betweenRenames;
    }

    /** Writes {@code files} as the complete new content of {@code outDir}. */
    public void write(Path outDir, Collection<RenderedFile> files) throws IOException {
        try (SiteStaging staging = stage(outDir)) {
            staging.write(files);
            staging.commit();
        }
    }

    /**
     * Starts a new content for {@code outDir} in a staging directory beside it, to be written file by file
     * and swapped in by {@link SiteStaging#commit}; the output itself is untouched until then. Holds the
     * output's lock until the staging is closed.
     */
    public SiteStaging stage(Path outDir) throws IOException {
        Path out = outDir.toAbsolutePath().normalize();
        Path parent = out.getParent();
        Files.createDirectories(parent);
        OutputLock lock = OutputLock.take(out);
        try {
            String prefix = "." + out.getFileName();
            restoreOrphan(out, prefix);
            SiteManifest.checkReplaceable(out);
            deleteLeftovers(parent, prefix);
            String suffix = ProcessHandle.current().pid() + "-" + System.currentTimeMillis();
            return new SiteStaging(
                    out,
                    out.resolveSibling(prefix + ".staging-" + suffix),
                    out.resolveSibling(prefix + ".old-" + suffix),
                    lock,
                    betweenRenames);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Serve mode: brings {@code outDir} from {@code previous} (what the last call wrote, path → bytes) to
     * {@code files} in place, writing only files whose bytes changed and deleting those that are gone with
     * the folders they leave empty, so unchanged files keep their bytes and modification times. Not atomic: the preview server is
     * the only reader. Returns what is now on disk, to pass as {@code previous} next time.
     */
    public Update update(Path outDir, Collection<RenderedFile> files, Map<String, byte[]> previous) throws IOException {
        Path out = outDir.toAbsolutePath().normalize();
        Map<String, byte[]> now = new LinkedHashMap<>();
        List<RenderedFile> changed = new java.util.ArrayList<>();
        for (RenderedFile file : files) {
            now.put(file.path(), file.bytes());
            byte[] before = previous.get(file.path());
            if (before == null || !java.util.Arrays.equals(before, file.bytes())) {
                changed.add(file);
            }
        }
        Files.createDirectories(out);
        writeAll(out, changed, new HashSet<>(), new HashSet<>());
        int deleted = 0;
        for (String path : previous.keySet()) {
            if (!now.containsKey(path)) {
                Path gone = resolveInside(out, path);
                if (Files.deleteIfExists(gone)) {
                    deleted++;
                }
                deleteEmptyFolders(out, gone.getParent());
            }
        }
        if (!now.keySet().equals(previous.keySet())) {
            Files.write(out.resolve(SiteManifest.FILE_NAME), SiteManifest.of(now.keySet()));
        }
        return new Update(Map.copyOf(now), changed.size(), deleted);
    }

    /** Deletes {@code dir} and then each parent below {@code root} while it is empty. */
    private static void deleteEmptyFolders(Path root, Path dir) throws IOException {
        for (Path d = dir; d != null && d.startsWith(root) && !d.equals(root); d = d.getParent()) {
            try (Stream<Path> entries = Files.list(d)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            } catch (NoSuchFileException e) {
                continue;
            }
            Files.delete(d);
        }
    }

    /** What {@link #update} did: the files now on disk, how many it wrote and how many it deleted. */
    public record Update(Map<String, byte[]> files, int written, int deleted) {}

    /**
     * A build killed between the two renames of its swap left no output, only the previous site renamed
     * away: put it back (the newest, if several), so that a leftover is never the only copy that gets deleted.
     */
    private static void restoreOrphan(Path out, String prefix) throws IOException {
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Optional<Path> newest;
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            newest = siblings.filter(p -> leftover(p, prefix).equals(Optional.of("old")) && Files.isDirectory(p))
                    .max(Comparator.comparing(SiteWriter::modified));
        }
        if (newest.isPresent()) {
            Files.move(newest.get(), out, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "staging" or "old" if {@code p} is a staging or old directory of the output with this prefix. */
    private static Optional<String> leftover(Path p, String prefix) {
        String name = p.getFileName().toString();
        if (!name.startsWith(prefix)) {
            return Optional.empty();
        }
        Matcher m = LEFTOVER.matcher(name.substring(prefix.length()));
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * Removes staging and old directories that earlier builds left (killed, or unable to delete them): under the
     * output's lock no other build is running, so every one of them is abandoned, whichever process made it. One
     * that cannot be deleted is left for the next build and does not stop this one: its name is not reused.
     */
    private static void deleteLeftovers(Path parent, String prefix) throws IOException {
        List<Path> leftovers;
        try (Stream<Path> siblings = Files.list(parent)) {
            leftovers = siblings.filter(p -> leftover(p, prefix).isPresent()).toList();
        }
        for (Path dir : leftovers) {
            try {
                deleteTree(dir);
            } catch (IOException e) {
                // Not ours to fail on: the site this build writes does not depend on it.
                System.getLogger(SiteWriter.class.getName())
                        .log(System.Logger.Level.DEBUG, "cannot delete " + dir + " left by an earlier build", e);
            }
        }
    }

    /**
     * Checks every path and creates the directories first, then writes the files in parallel. {@code paths}
     * and {@code dirs} remember what earlier calls for the same root wrote and created, and must be thread-safe
     * if calls may overlap.
     */
    static void writeAll(Path root, Collection<RenderedFile> files, Set<Path> paths, Set<Path> dirs)
            throws IOException {
        for (RenderedFile file : files) {
            Path target = resolveInside(root, file.path());
            if (!paths.add(target)) {
                throw new IllegalArgumentException("two outputs want the same path: " + file.path());
            }
            if (dirs.add(target.getParent())) {
                Files.createDirectories(target.getParent());
            }
        }
        try {
            files.parallelStream().forEach(file -> {
                try {
                    Files.write(resolveInside(root, file.path()), file.bytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static Path resolveInside(Path root, String relative) {
        Path target = root.resolve(relative).normalize();
        if (relative.isEmpty() || relative.startsWith("/") || !target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("output path escapes the site directory: '" + relative + "'");
        }
        return target;
    }

    /** Deletes a directory tree; files in parallel, because unlinking thousands of small files is I/O-bound. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.toList();
        }
        try {
            paths.parallelStream()
                    .filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .forEach(p -> {
                        try {
                            Files.delete(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (int i = paths.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(paths.get(i));
        }
    }
}
