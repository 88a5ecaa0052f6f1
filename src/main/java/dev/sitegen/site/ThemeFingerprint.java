package dev.sitegen.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A digest of every file of a theme directory, so {@code serve} can tell a template edit (every page must
 * be rendered again, see {@link dev.sitegen.render.PageMemo}) from a content edit. The packaged theme never
 * changes while the process runs, so it has one constant fingerprint.
 */
final class ThemeFingerprint {
    private static final String PACKAGED = "packaged theme";

    private ThemeFingerprint() {}

    static String of(Optional<Path> themeDir) throws IOException {
        if (themeDir.isEmpty()) {
            return PACKAGED;
        }
        Path root = themeDir.get();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        MessageDigest sha = sha256();
        for (Path file : files) {
            sha.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(file));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
