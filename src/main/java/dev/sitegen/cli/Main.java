package dev.sitegen.cli;

import dev.sitegen.site.ContentReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/** The {@code site-gen} command line: {@code build}, {@code check} and {@code serve}; see {@link Options#USAGE}. */
public final class Main {
    static final int OK = 0;
    static final int INPUT_ERROR = 1;
    static final int USAGE_ERROR = 2;

    /** The read → catalog stages; tests pass their own source to run the CLI on a fixture catalog. */
    static final CatalogSource READ_AND_CATALOG = new ContentReader()::read;

    private Main() {
    }

    public static void main(String[] args) {
        BatchJvm.watchParent();
        OptionalInt child = BatchJvm.relaunch(args);
        System.exit(child.isPresent() ? child.getAsInt() : run(args, utf8(FileDescriptor.out), utf8(FileDescriptor.err)));
    }

    /**
     * Diagnostics quote the digest (Chinese topics, labels): written as UTF-8 whatever the locale, because under
     * {@code LANG=C} Java 17's System.out turns every Chinese character into '?'.
     */
    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }

    /** Runs one command and returns its exit code: 0 success, 1 input errors, 2 usage errors. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, READ_AND_CATALOG);
    }

    static int run(String[] args, PrintStream out, PrintStream err, CatalogSource source) {
        List<String> list = Arrays.asList(args);
        if (list.size() == 1 && (list.get(0).equals("--help") || list.get(0).equals("-h"))) {
            out.print(Options.USAGE);
            return OK;
        }
        Options options;
        try {
            options = Options.parse(list);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(Options.USAGE);
            return USAGE_ERROR;
        }
        Console console = new Console(out, err, options.verbosity(), options.format());
        return switch (options.command()) {
            case "build" -> new BuildCommand(source).run(options, console);
            case "check" -> new CheckCommand(source).run(options, console);
            case "serve" -> new ServeCommand().run(options, console);
            default -> throw new IllegalStateException(options.command());
        };
    }
}
