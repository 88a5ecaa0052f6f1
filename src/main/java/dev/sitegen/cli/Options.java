package dev.sitegen.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed command line: the command and every option any command takes. Each command accepts
 * only its own options ({@link #ALLOWED}); both {@code --out DIR} and {@code --out=DIR} work.
 */
record Options(
        String command,
        Path contentDir,
        Path outDir,
        Optional<String> baseUrl,
        boolean keepGoing,
        boolean allowEmpty,
        Optional<Path> templatesDir,
        DiagnosticFormat format,
        Verbosity verbosity,
        int port,
        String basePath) {

    /** How much a command prints besides errors. */
    enum Verbosity { QUIET, NORMAL, VERBOSE }

    static final String USAGE = """
            usage: site-gen build [--content DIR] [--out DIR] [--base-url URL] [--templates DIR] [--keep-going]
                                  [--allow-empty] [--quiet | --verbose]
                   site-gen check [--content DIR] [--format text|github] [--quiet | --verbose]
                   site-gen serve [--content DIR] [--out DIR] [--templates DIR] [--port N] [--base-path /repo/]

              build             read content/, write the static site to --out
              check             read and validate the digest only; print its diagnostics
              serve             build, serve on http://127.0.0.1:PORT/, rebuild and reload browsers on change

              --content DIR     the digest(s) *.txt, site.yml and tag-aliases.yml (default: content/)
              --out DIR         where the site is written (default: site-out/)
              --base-url URL    the site's public address, e.g. https://user.github.io/repo/;
                                used for canonical links, OpenGraph, the sitemap and the feed
              --templates DIR   a theme directory instead of the packaged templates
                                (serve uses templates/ when it exists, so edits show live)
              --keep-going      publish the readable entries even when some have errors, naming
                                each skipped entry (exit code 0)
              --allow-empty     publish a site even when no paper was read (else exit code 1)
              --format FORMAT   text (file:line: warning: ...) or github (workflow annotations)
              --port N          serve's port (default 8000)
              --base-path PATH  serve the site under PATH, as GitHub Pages does for /<repo>/ (default /)
              --quiet           print errors only
              --verbose         also print each stage's time

            exit codes: 0 success (warnings allowed), 1 input errors, 2 usage errors
            """;

    private static final Set<String> COMMANDS = Set.of("build", "check", "serve");
    private static final Set<String> VALUE_OPTIONS =
            Set.of("--content", "--out", "--base-url", "--templates", "--format", "--port", "--base-path");
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "build", Set.of("--content", "--out", "--base-url", "--templates", "--keep-going", "--allow-empty",
                    "--quiet", "--verbose"),
            "check", Set.of("--content", "--format", "--quiet", "--verbose"),
            "serve", Set.of("--content", "--out", "--templates", "--port", "--base-path", "--quiet", "--verbose"));

    static Options parse(List<String> args) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("no command given");
        }
        String command = args.get(0);
        if (!COMMANDS.contains(command)) {
            throw new UsageException("unknown command " + command);
        }
        Builder b = new Builder(command);
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!ALLOWED.get(command).contains(name)) {
                throw new UsageException("unknown option " + arg + " for " + command);
            }
            if (!VALUE_OPTIONS.contains(name)) {
                if (!name.equals(arg)) {
                    throw new UsageException(name + " takes no value");
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
                throw new UsageException(name + " needs a value");
            }
            if (value.isBlank()) {
                throw new UsageException(name + " needs a non-empty value");
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
                throw new UsageException("--quiet and --verbose exclude each other");
            }
            verbosity = v;
        }

        void value(String name, String value) throws UsageException {
            switch (name) {
                case "--content" -> content = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--base-url" -> baseUrl = Optional.of(checkedUrl(value));
                case "--templates" -> templates = Optional.of(Path.of(value));
                case "--format" -> format = DiagnosticFormat.parse(value);
                case "--port" -> port = checkedPort(value);
                case "--base-path" -> basePath = checkedBasePath(value);
                default -> throw new IllegalStateException(name);
            }
        }

        Options build() {
            return new Options(command, content, out, baseUrl, keepGoing, allowEmpty, templates, format, verbosity, port,
                    basePath);
        }
    }

    private static String checkedUrl(String url) throws UsageException {
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new UsageException("--base-url must be an absolute http(s) URL, was " + url);
        }
        return url;
    }

    private static int checkedPort(String value) throws UsageException {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        throw new UsageException("--port must be a number from 0 to 65535, was " + value);
    }

    private static String checkedBasePath(String value) throws UsageException {
        String path = (value.startsWith("/") ? "" : "/") + value + (value.endsWith("/") ? "" : "/");
        if (!path.matches("(/[A-Za-z0-9._~-]+)*/") || path.matches(".*/\\.{1,2}/.*")) {
            throw new UsageException("--base-path must look like /repo/, was " + value);
        }
        return path;
    }
}
