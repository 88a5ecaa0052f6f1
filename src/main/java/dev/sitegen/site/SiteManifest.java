package dev.sitegen.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The file {@code .site-gen-manifest} at the root of every site written: a first line naming site-gen, then
 * every file the build wrote, one per line. A build replaces its output folder wholesale, so it only does so
 * when the folder is empty or holds a manifest that lists every file in it: a file a user put there (or a
 * folder that merely looks like a site, say with a {@code build-report.json}) is never deleted.
 */
final class SiteManifest {
    static final String FILE_NAME = ".site-gen-manifest";
    private static final String HEADER = "site-gen manifest 1: the files below were written by site-gen; "
            + "the next build replaces them and will not delete any other file";
    private static final int NAMES_SHOWN = 10;

    private SiteManifest() {}

    /** The manifest's bytes for a site made of {@code paths} (relative, '/'-separated). */
    static byte[] of(Collection<String> paths) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        paths.stream().sorted().forEach(p -> text.append(p).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The files a site-gen build wrote into {@code out}, or empty if {@code out} holds no manifest. */
    static Optional<Set<String>> read(Path out) throws IOException {
        Path file = out.resolve(FILE_NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            return Optional.empty();
        }
        return Optional.of(new HashSet<>(lines.subList(1, lines.size())));
    }

    /**
     * Throws unless {@code out} may be replaced: it does not exist, is an empty folder, or is a site whose
     * manifest lists every file in it. The message names the files a build would otherwise delete.
     */
    static void checkReplaceable(Path out) throws IOException {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(out + " exists and is not a folder; choose another --out.");
        }
        List<String> files = filesIn(out);
        if (files.isEmpty()) {
            return;
        }
        Optional<Set<String>> written = read(out);
        if (written.isEmpty()) {
            // Sites of older site-gen versions published their report inside.
            boolean oldSite = files.contains("build-report.json");
            throw new IOException(out + " is not empty and holds no " + FILE_NAME + ", so site-gen did not write "
                    + "it; a build replaces the whole folder, so it refuses to. "
                    + (oldSite
                            ? "If it is a site from an older site-gen, delete it once; otherwise choose another "
                                    + "--out."
                            : "Empty it or choose another --out."));
        }
        List<String> unknown = files.stream()
                .filter(f -> !f.equals(FILE_NAME) && !written.get().contains(f))
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            String names = String.join(", ", unknown.subList(0, Math.min(NAMES_SHOWN, unknown.size())))
                    + (unknown.size() > NAMES_SHOWN ? " and " + (unknown.size() - NAMES_SHOWN) + " more" : "");
            throw new IOException(out + " holds " + unknown.size() + " file(s) the last build did not write: "
                    + names + ". A build replaces the whole folder, so it refuses to delete them: move them away "
                    + "(files the site needs belong in the content folder's static/), or choose another --out.");
        }
    }

    /** Every file (not folder) below {@code dir}, relative and '/'-separated. */
    private static List<String> filesIn(Path dir) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .forEach(p -> files.add(dir.relativize(p).toString().replace('\\', '/')));
        }
        return files;
    }
}
