package dev.sitegen.site;

import dev.sitegen.render.RenderedFile;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

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
        Path parent = out.getParent();
        Files.createDirectories(parent);
        String suffix = out.getFileName() + "." + "%s-" + ProcessHandle.current().pid();
        Path staging = parent.resolve("." + suffix.formatted("staging"));
        Path old = parent.resolve("." + suffix.formatted("old"));
        deleteTree(staging);
        try {
            writeAll(staging, files);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
        deleteTree(old);
        if (Files.exists(out)) {
            Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    private static void writeAll(Path root, Collection<RenderedFile> files) throws IOException {
        Set<Path> dirs = new HashSet<>();
        Set<Path> seen = new HashSet<>();
        Files.createDirectories(root);
        for (RenderedFile file : files) {
            Path target = resolveInside(root, file.path());
            if (!seen.add(target)) {
                throw new IllegalArgumentException("two outputs want the same path: " + file.path());
            }
            if (dirs.add(target.getParent())) {
                Files.createDirectories(target.getParent());
            }
            Files.write(target, file.bytes());
        }
    }

    private static Path resolveInside(Path root, String relative) {
        Path target = root.resolve(relative).normalize();
        if (relative.isEmpty() || relative.startsWith("/") || !target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("output path escapes the site directory: '" + relative + "'");
        }
        return target;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
