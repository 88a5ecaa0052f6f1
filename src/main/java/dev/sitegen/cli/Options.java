package dev.sitegen.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed command line: the command and every option any command takes. Each command accepts
 * only its own options ({@link #ALLOWED}); both {@code --out DIR} and {@code --out=DIR} work. What each
 * one means is in {@link Usage}.
 */
record Options(
        String command,
        Path contentDir,
        Path outDir,
        Optional<Path> reportFile,
        Optional<String> baseUrl,
        boolean keepGoing,
        boolean allowEmpty,
        Optional<Path> templatesDir,
        DiagnosticFormat format,
        Verbosity verbosity,
        int port,
        String basePath) {

    /** How much a command prints besides errors. */
    enum Verbosity {
        QUIET,
        NORMAL,
        VERBOSE
    }

    private static final Set<String> VALUE_OPTIONS =
            Set.of("--content", "--out", "--report", "--base-url", "--templates", "--format", "--port", "--base-path");
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "build",
                    Set.of(
                            "--content",
                            "--out",
                            "--report",
                            "--base-url",
                            "--templates",
                            "--keep-going",
                            "--allow-empty",
                            "--quiet",
                            "--verbose"),
            "check", Set.of("--content", "--format", "--quiet", "--verbose"),
            "serve", Set.of("--content", "--out", "--templates", "--port", "--base-path", "--quiet", "--verbose"));

    /** Whether {@code command} takes {@code option} (e.g. {@code --out}). */
    static boolean accepts(String command, String option) {
        return ALLOWED.getOrDefault(command, Set.of()).contains(option);
    }

    static Options parse(List<String> args) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("no command given");
        }
        String command = args.get(0);
        if (!ALLOWED.containsKey(command)) {
            String guess = Usage.closest(command, Usage.commands())
                    .map(c -> "; did you mean '" + c + "'?")
                    .orElse("");
            throw new UsageException("unknown command '" + command + "'" + guess);
        }
        Builder b = new Builder(command);
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!accepts(command, name)) {
                String guess = Usage.closest(name, ALLOWED.get(command))
                        .map(o -> "; did you mean " + o + "?")
                        .orElse("");
                throw b.error("unknown option " + arg + " for " + command + guess);
            }
            if (!VALUE_OPTIONS.contains(name)) {
                if (!name.equals(arg)) {
                    throw b.error(name + " takes no value");
                }
                b.flag(name);
                continue;
            }
            String value;
            if (!name.equals(arg)) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw b.error(name + " needs a value");
            }
            if (value.isBlank()) {
                throw b.error(name + " needs a non-empty value");
            }
            b.value(name, value);
        }
        return b.build();
    }

    /** Collects option values with their defaults. */
    private static final class Builder {
        private final String command;
        private Path content = Path.of("content");
        private Path out = Path.of("site-out");
        private Optional<Path> report = Optional.empty();
        private Optional<String> baseUrl = Optional.empty();
        private Optional<Path> templates = Optional.empty();
        private boolean keepGoing;
        private boolean allowEmpty;
        private DiagnosticFormat format = DiagnosticFormat.TEXT;
        private Verbosity verbosity = Verbosity.NORMAL;
        private int port = 8000;
        private String basePath = "/";

        Builder(String command) {
            this.command = command;
        }

        UsageException error(String message) {
            return new UsageException(message, Optional.of(command));
        }

        void flag(String name) throws UsageException {
            switch (name) {
                case "--keep-going" -> keepGoing = true;
                case "--allow-empty" -> allowEmpty = true;
                case "--quiet" -> verbosity(Verbosity.QUIET);
                case "--verbose" -> verbosity(Verbosity.VERBOSE);
                default -> throw new IllegalStateException(name);
            }
        }

        private void verbosity(Verbosity v) throws UsageException {
            if (verbosity != Verbosity.NORMAL && verbosity != v) {
                throw error("--quiet and --verbose exclude each other");
            }
            verbosity = v;
        }

        void value(String name, String value) throws UsageException {
            switch (name) {
                case "--content" -> content = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--report" -> report = Optional.of(Path.of(value));
                case "--base-url" -> baseUrl = Optional.of(checkedUrl(value));
                case "--templates" -> templates = Optional.of(Path.of(value));
                case "--format" -> format = checkedFormat(value);
                case "--port" -> port = checkedPort(value);
                case "--base-path" -> basePath = checkedBasePath(value);
                default -> throw new IllegalStateException(name);
            }
        }

        Options build() {
            return new Options(
                    command,
                    content,
                    out,
                    report,
                    baseUrl,
                    keepGoing,
                    allowEmpty,
                    templates,
                    format,
                    verbosity,
                    port,
                    basePath);
        }

        private String checkedUrl(String url) throws UsageException {
            if (!url.startsWith("https://") && !url.startsWith("http://")) {
                throw error("--base-url must be an absolute http(s) URL, was " + url);
            }
            return url;
        }

        private DiagnosticFormat checkedFormat(String value) throws UsageException {
            return switch (value) {
                case "text" -> DiagnosticFormat.TEXT;
                case "github" -> DiagnosticFormat.GITHUB;
                default -> throw error("--format must be text or github, was " + value);
            };
        }

        private int checkedPort(String value) throws UsageException {
            try {
                int port = Integer.parseInt(value);
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below with the value
            }
            throw error("--port must be a number from 0 to 65535, was " + value);
        }

        private String checkedBasePath(String value) throws UsageException {
            String path = (value.startsWith("/") ? "" : "/") + value + (value.endsWith("/") ? "" : "/");
            if (!path.matches("(/[A-Za-z0-9._~-]+)*/") || path.matches(".*/\\.{1,2}/.*")) {
                throw error("--base-path must look like /repo/, was " + value);
            }
            return path;
        }
    }
}
