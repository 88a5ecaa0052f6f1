package dev.sitegen.cli;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.SourceLocation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * What a command prints: diagnostics in the chosen format on stderr, stage progress, and the one
 * summary line on stdout. On a terminal each stage shows as a line that the next one overwrites; in a
 * log (CI) nothing is printed per stage unless {@code --verbose}, which prints each stage's time as a
 * plain line. {@code --quiet} leaves errors only.
 */
final class Console {
    private final PrintStream out;
    private final PrintStream err;
    private final Options.Verbosity verbosity;
    private final DiagnosticFormat format;
    private final boolean terminal;
    private boolean progressShown;

    Console(PrintStream out, PrintStream err, Options.Verbosity verbosity, DiagnosticFormat format) {
        this.out = out;
        this.err = err;
        this.verbosity = verbosity;
        this.format = format;
        this.terminal = System.console() != null;
    }

    /**
     * Prints the diagnostics of a content directory: their files are named relative to it (so the published
     * report does not depend on the working directory) and are shown as the user can open them.
     */
    void diagnostics(List<Diagnostic> diagnostics, Path contentDir) {
        clearProgress();
        diagnostics.stream()
                .filter(d -> d.isError() || verbosity != Options.Verbosity.QUIET)
                .map(d -> new Diagnostic(
                        d.severity(),
                        new SourceLocation(
                                shown(d.location().file(), contentDir),
                                d.location().line()),
                        d.message()))
                .forEach(d -> err.println(format.format(d)));
    }

    private static String shown(String file, Path contentDir) {
        return file.isEmpty() ? contentDir.toString() : contentDir.resolve(file).toString();
    }

    void error(String message) {
        clearProgress();
        err.println("error: " + message);
    }

    /** A problem with the command's setup rather than the content; hidden by {@code --quiet}. */
    void warning(String message) {
        if (verbosity != Options.Verbosity.QUIET) {
            clearProgress();
            err.println("warning: " + message);
        }
    }

    /** A stage finished, e.g. {@code render} with {@code 2135 pages} in 420 ms. */
    void stage(String name, String detail, long millis) {
        if (verbosity == Options.Verbosity.VERBOSE) {
            err.println("  " + name + ": " + detail + " in " + millis + " ms");
        } else if (verbosity == Options.Verbosity.NORMAL && terminal) {
            err.print("\r\033[K" + name + ": " + detail + " …");
            err.flush();
            progressShown = true;
        }
    }

    void summary(String line) {
        clearProgress();
        if (verbosity != Options.Verbosity.QUIET) {
            out.println(line);
        }
    }

    private void clearProgress() {
        if (progressShown) {
            err.print("\r\033[K");
            progressShown = false;
        }
    }

    /** A line for the reader of a long-running command (serve): always shown unless quiet. */
    void info(String line) {
        if (verbosity != Options.Verbosity.QUIET) {
            err.println(line);
        }
    }
}
