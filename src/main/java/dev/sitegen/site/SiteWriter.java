package dev.sitegen.site;

import dev.sitegen.render.RenderedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The only class that writes the site to disk. Files go into a staging directory next to the output
 * ({@code .site-out.staging-<pid>}); only when every file is written is the old output renamed away
 * and the staging directory renamed into place. A build that fails or is killed half-way therefore
 * leaves the previous site as it was.
 */
public final class SiteWriter {

    /** Writes {@code files} as the complete new content of {@code outDir}. */
    public void write(Path outDir, Collection<RenderedFile> files) throws IOException {
        try (SiteStaging staging = stage(outDir)) {
            staging.write(files);
            staging.commit();
        }
    }

    /**
     * Starts a new content for {@code outDir} in a staging directory beside it, to be written file by file
     * and swapped in by {@link SiteStaging#commit}; the output itself is untouched until then.
     */
    public SiteStaging stage(Path outDir) throws IOException {
        Path out = outDir.toAbsolutePath().normalize();
        checkReplaceable(out);
        Path parent = out.getParent();
        Files.createDirectories(parent);
        deleteAbandoned(parent, "." + out.getFileName() + ".");
        return new SiteStaging(out, sibling(out, "staging"), sibling(out, "old"));
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
    public record Update(Map<String, byte[]> files, int written, int deleted) {
    }

    /**
     * The output directory is replaced wholesale, so it must be empty or a site this writer made
     * (it has a feed); a mistyped {@code --out content} must not delete the content.
     */
    private static void checkReplaceable(Path out) throws IOException {
        if (!Files.exists(out) || Files.isRegularFile(out.resolve(SiteLayout.FEED))) {
            return;
        }
        if (!Files.isDirectory(out)) {
            throw new IOException(out + " exists and is not a directory; choose another output directory");
        }
        try (Stream<Path> entries = Files.list(out)) {
            if (entries.findAny().isPresent()) {
                throw new IOException(out + " is not empty and holds no " + SiteLayout.FEED
                        + ", so it is not a site built by site-gen; refusing to replace it");
            }
        }
    }

    private static Path sibling(Path out, String kind) {
        return out.resolveSibling("." + out.getFileName() + "." + kind + "-" + ProcessHandle.current().pid());
    }

    /** Removes staging and old directories left by builds that were killed; running builds keep theirs. */
    private static void deleteAbandoned(Path parent, String prefix) throws IOException {
        List<Path> abandoned;
        try (Stream<Path> siblings = Files.list(parent)) {
            abandoned = siblings.filter(p -> {
                String name = p.getFileName().toString();
                if (!name.startsWith(prefix) || !name.matches(".*\\.(staging|old)-\\d+")) {
                    return false;
                }
                long pid = Long.parseLong(name.substring(name.lastIndexOf('-') + 1));
                return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).isEmpty();
            }).toList();
        }
        for (Path dir : abandoned) {
            deleteTree(dir);
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
            paths.parallelStream().filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).forEach(p -> {
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
