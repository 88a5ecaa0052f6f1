package dev.sitegen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * When the content last changed, for the feed's {@code <updated>}: {@code SOURCE_DATE_EPOCH} if set (the
 * reproducible-builds convention), else the last commit that touched the content directory, else the
 * newest modification time of its files. Never the time of the build, so two builds give the same bytes.
 */
final class ContentTime {
    private static final long GIT_TIMEOUT_SECONDS = 10;

    private ContentTime() {
    }

    /** The time, or a message saying what is wrong with {@code SOURCE_DATE_EPOCH}. */
    static Instant of(Path contentDir, Optional<String> sourceDateEpoch) throws UsageException {
        if (sourceDateEpoch.isPresent() && !sourceDateEpoch.get().isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.get().strip()));
            } catch (NumberFormatException e) {
                throw new UsageException("SOURCE_DATE_EPOCH must be whole seconds since 1970, was "
                        + sourceDateEpoch.get());
            }
        }
        return lastCommit(contentDir).orElseGet(() -> newestFile(contentDir));
    }

    /** {@code git log -1 --format=%ct -- DIR}; empty outside a repository or without git. */
    private static Optional<Instant> lastCommit(Path contentDir) {
        try {
            Process git = new ProcessBuilder("git", "log", "-1", "--format=%ct", "--", ".")
                    .directory(contentDir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String seconds = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!git.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS) || git.exitValue() != 0
                    || !seconds.matches("\\d+")) {
                git.destroy();
                return Optional.empty();
            }
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(seconds)));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Instant newestFile(Path contentDir) {
        try (Stream<Path> files = Files.list(contentDir)) {
            return files.filter(Files::isRegularFile).map(ContentTime::modified).max(Instant::compareTo)
                    .orElse(Instant.EPOCH);
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static Instant modified(Path file) {
        try {
            return Instant.ofEpochSecond(Files.getLastModifiedTime(file).toInstant().getEpochSecond());
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
