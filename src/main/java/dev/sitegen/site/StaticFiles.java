package dev.sitegen.site;

import dev.sitegen.config.ConfigException;
import dev.sitegen.render.RenderedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The content directory's {@code static/} folder: files a site needs that the build does not make ({@code CNAME},
 * {@code .nojekyll}, downloads), copied byte for byte to the same path in the site root. A build replaces the whole
 * output folder, so this is where such files live. One with the path of a generated file is an error.
 */
public final class StaticFiles {
    public static final String FOLDER = "static";

    private StaticFiles() {}

    /** Every file below {@code contentDir/static/}, paths relative to it ('/'-separated), in path order. */
    public static List<RenderedFile> read(Path contentDir) throws ConfigException {
        Path root = contentDir.resolve(FOLDER);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<RenderedFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.add(new RenderedFile(
                        root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file)));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ConfigException(
                    root + ": a file cannot be read (" + e.getMessage() + "); check its permissions.");
        }
        return files;
    }

    /** {@code files}, after checking that none has the path of a file the build generates. */
    static List<RenderedFile> checked(List<RenderedFile> files, Collection<String> generated) {
        for (RenderedFile file : files) {
            if (generated.contains(file.path()) || file.path().equals(SiteManifest.FILE_NAME)) {
                throw new Clash(FOLDER + "/" + file.path() + " has the path of a file the build writes (" + file.path()
                        + "); rename or remove it in the content folder.");
            }
        }
        return files;
    }

    /** A static file would overwrite a generated one; the message names both. */
    public static final class Clash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Clash(String message) {
            super(message);
        }
    }
}
