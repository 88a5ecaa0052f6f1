package dev.sitegen.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads every file below a directory that may live on disk or inside a jar on the classpath.
 * The theme and the KaTeX WebJar are both packaged resources, and neither has a file listing.
 */
final class ResourceTree {
    private ResourceTree() {}

    /** Files below {@code dir} on disk: path relative to {@code dir} (with '/'), and bytes; sorted by path. */
    static List<RenderedFile> read(Path dir, String targetPrefix, Predicate<String> keep) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<RenderedFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = dir.relativize(file)
                        .toString()
                        .replace(dir.getFileSystem().getSeparator(), "/");
                if (keep.test(relative)) {
                    files.add(new RenderedFile(targetPrefix + relative, Files.readAllBytes(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        return files;
    }

    /**
     * Like {@link #read(Path, String, Predicate)} for a directory on the classpath (a folder or inside a
     * jar), found through a file it holds: jars need not list their directories, only their files.
     */
    static List<RenderedFile> readClasspath(
            String dir, String anchorFile, String targetPrefix, Predicate<String> keep) {
        URL url = ResourceTree.class.getClassLoader().getResource(dir + "/" + anchorFile);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return read(Path.of(uri).getParent(), targetPrefix, keep);
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return read(jar.getPath(dir), targetPrefix, keep);
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list classpath directory " + dir + " (" + url + ")", e);
        }
    }
}
