package dev.sitegen.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/** The {@code site-gen} command line: {@code build}, {@code check} and {@code serve}; see {@link Options#USAGE}. */
public final class Main {
    static final int OK = 0;
    static final int INPUT_ERROR = 1;
    static final int USAGE_ERROR = 2;

    private Main() {
    }

    public static void main(String[] args) {
        BatchJvm.watchParent();
        OptionalInt child = BatchJvm.relaunch(args);
        System.exit(child.isPresent() ? child.getAsInt() : run(args, System.out, System.err));
    }

    /** Runs one command and returns its exit code: 0 success, 1 input errors, 2 usage errors. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
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
            case "build" -> new BuildCommand().run(options, console);
            case "check" -> new CheckCommand().run(options, console);
            case "serve" -> new ServeCommand().run(options, console);
            default -> throw new IllegalStateException(options.command());
        };
    }
}
