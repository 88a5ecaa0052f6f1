package dev.sitegen.digest;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The read stage: every {@code *.txt} digest in the content directory → entries, diagnostics and repair
 * counts. Never throws for bad input: unreadable files, invalid UTF-8 and malformed entries become
 * diagnostics naming file:line. Example: {@code new DigestReader().read(Path.of("content"))}. Files are named
 * relative to the content directory (a diagnostic about the directory itself names {@code ""}), so that what is
 * published does not depend on where the build ran; whoever prints a diagnostic resolves it against the
 * directory.
 */
public final class DigestReader {
    private static final String DIGEST_SUFFIX = ".txt";

    /** Reads every digest file of the directory, in file-name order. */
    public DigestReading read(Path contentDir) {
        ReadContext context = new ReadContext();
        List<DigestParser> parsers = new ArrayList<>();
        List<Path> files = digestFiles(contentDir, context);
        if (files.isEmpty()) {
            context.warn(
                    "", 0, "no digest file (*" + DIGEST_SUFFIX + ") was found; add one to " + "the content directory.");
        }
        for (Path file : files) {
            String name = contentDir.relativize(file).toString();
            if (!Files.exists(file)) {
                context.error(
                        name,
                        0,
                        "the file is a link to " + linkTarget(file) + ", which does not exist; fix "
                                + "or remove the link.");
                continue;
            }
            try {
                parsers.add(parse(name, readBytes(file), context));
            } catch (IOException e) {
                context.error(name, 0, "the file cannot be read (" + e.getMessage() + "); check its permissions.");
            }
        }
        return reading(parsers, context);
    }

    /**
     * The file's bytes. Not {@code Files.readAllBytes}: on JDK 17 that reads through one temporary direct
     * buffer as large as the file and keeps it cached for the thread ({@code jdk.nio.maxCachedBufferSize}
     * is unbounded by default), so a 110 MB digest held 110 MB of native memory for the rest of the build.
     */
    private static byte[] readBytes(Path file) throws IOException {
        try (InputStream in = new FileInputStream(file.toFile())) {
            return in.readAllBytes();
        }
    }

    /** Reads one digest given as bytes; {@code fileName} is used in diagnostics. */
    public DigestReading read(String fileName, byte[] bytes) {
        ReadContext context = new ReadContext();
        return reading(List.of(parse(fileName, bytes, context)), context);
    }

    private DigestParser parse(String fileName, byte[] bytes, ReadContext context) {
        Utf8Text decoded = Utf8Text.decode(bytes);
        DigestParser parser = new DigestParser(fileName, context);
        parser.parse(SourceLines.prepare(decoded.text(), fileName, context), decoded.badLines());
        return parser;
    }

    private static DigestReading reading(List<DigestParser> parsers, ReadContext context) {
        List<DigestEntry> entries = new ArrayList<>();
        List<SkippedEntry> skipped = new ArrayList<>();
        for (DigestParser parser : parsers) {
            entries.addAll(parser.entries());
            skipped.addAll(parser.skipped());
        }
        return new DigestReading(entries, skipped, context.diagnostics(), context.repairs());
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "a missing file";
        }
    }

    private static List<Path> digestFiles(Path contentDir, ReadContext context) {
        try (Stream<Path> list = Files.list(contentDir)) {
            // A dangling link is listed too: it is a digest that cannot be read, not one to leave out silently.
            return list.filter(p -> p.getFileName().toString().endsWith(DIGEST_SUFFIX) && !Files.isDirectory(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            context.error(
                    "", 0, "the content directory cannot be listed (" + e.getMessage() + "); check that it exists.");
            return List.of();
        }
    }
}
