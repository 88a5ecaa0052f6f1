package dev.sitegen.site;

import dev.sitegen.render.RenderedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
        Path out = outDir.toAbsolutePath().normalize();
        checkReplaceable(out);
        Path parent = out.getParent();
        Files.createDirectories(parent);
        Path staging = sibling(out, "staging");
        Path old = sibling(out, "old");
        deleteAbandoned(parent, "." + out.getFileName() + ".");
        try {
            writeAll(staging, files);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
        if (Files.exists(out)) {
            Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    /**
     * Serve mode: brings {@code outDir} from {@code previous} (what the last call wrote, path → bytes) to
     * {@code files} in place, writing only files whose bytes changed and deleting those that are gone,
     * so unchanged files keep their bytes and modification times. Not atomic: the preview server is
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
        writeAll(out, changed);
        int deleted = 0;
        for (String path : previous.keySet()) {
            if (!now.containsKey(path) && Files.deleteIfExists(resolveInside(out, path))) {
                deleted++;
            }
        }
        return new Update(Map.copyOf(now), changed.size(), deleted);
    }

    /** What {@link #update} did: the files now on disk, how many it wrote and how many it deleted. */
    public record Update(Map<String, byte[]> files, int written, int deleted) {
    }

    /**
     * The output directory is replaced wholesale, so it must be empty or a site this writer made
     * (it has a build report); a mistyped {@code --out content} must not delete the content.
     */
    private static void checkReplaceable(Path out) throws IOException {
        if (!Files.exists(out) || Files.isRegularFile(out.resolve(SiteLayout.REPORT))) {
            return;
        }
        if (!Files.isDirectory(out)) {
            throw new IOException(out + " exists and is not a directory; choose another output directory");
        }
        try (Stream<Path> entries = Files.list(out)) {
            if (entries.findAny().isPresent()) {
                throw new IOException(out + " is not empty and holds no " + SiteLayout.REPORT
                        + ", so it is not a site built by site-gen; refusing to replace it");
            }
        }
    }

    private static Path sibling(Path out, String kind) {
        return out.resolveSibling("." + out.getFileName() + "." + kind + "-" + ProcessHandle.current().pid());
    }

    /** Checks every path and creates the directories first, then writes the files in parallel. */
    private static void writeAll(Path root, Collection<RenderedFile> files) throws IOException {
        Map<Path, byte[]> targets = new LinkedHashMap<>();
        Set<Path> dirs = new HashSet<>();
        Files.createDirectories(root);
        for (RenderedFile file : files) {
            Path target = resolveInside(root, file.path());
            if (targets.put(target, file.bytes()) != null) {
                throw new IllegalArgumentException("two outputs want the same path: " + file.path());
            }
            if (dirs.add(target.getParent())) {
                Files.createDirectories(target.getParent());
            }
        }
        try {
            targets.entrySet().parallelStream().forEach(e -> {
                try {
                    Files.write(e.getKey(), e.getValue());
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
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

    private static Path resolveInside(Path root, String relative) {
        Path target = root.resolve(relative).normalize();
        if (relative.isEmpty() || relative.startsWith("/") || !target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("output path escapes the site directory: '" + relative + "'");
        }
        return target;
    }

    /** Deletes a directory tree; files in parallel, because unlinking thousands of small files is I/O-bound. */
    private static void deleteTree(Path dir) throws IOException {
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
