package dev.sitegen.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * When the content last changed, for the feed's {@code <updated>}: {@code SOURCE_DATE_EPOCH} if set (the
 * reproducible-builds convention), else the last commit that touched the content directory. Never the
 * time of the build or of a file, so two builds give the same bytes and {@code build} and {@code serve}
 * give the same feed; without either, the feed keeps a fixed stamp.
 */
public final class ContentTime {
    private static final long GIT_TIMEOUT_SECONDS = 10;

    private ContentTime() {}

    /** {@code config} with the time the content in {@code contentDir} last changed, when known. */
    public static SiteConfig stamp(SiteConfig config, Path contentDir) throws ConfigException {
        return of(contentDir, Optional.ofNullable(System.getenv("SOURCE_DATE_EPOCH")))
                .map(config::withUpdated)
                .orElse(config);
    }

    static Optional<Instant> of(Path contentDir, Optional<String> sourceDateEpoch) throws ConfigException {
        if (sourceDateEpoch.isPresent() && !sourceDateEpoch.get().isBlank()) {
            try {
                return Optional.of(Instant.ofEpochSecond(
                        Long.parseLong(sourceDateEpoch.get().strip())));
            } catch (NumberFormatException e) {
                throw new ConfigException("SOURCE_DATE_EPOCH must be whole seconds since 1970, was "
                        + sourceDateEpoch.get() + "; unset it or fix it.");
            }
        }
        return lastCommit(contentDir);
    }

    /** {@code git log -1 --format=%ct -- DIR}; empty outside a repository or without git. */
    private static Optional<Instant> lastCommit(Path contentDir) {
        try {
            Process git = new ProcessBuilder("git", "log", "-1", "--format=%ct", "--", ".")
                    .directory(contentDir.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String seconds = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!git.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    || git.exitValue() != 0
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
}
