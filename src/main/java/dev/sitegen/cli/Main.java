package dev.sitegen.cli;

import dev.sitegen.site.ContentReader;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** The {@code site-gen} command: {@code site-gen build [options]}; see {@link BuildOptions#USAGE}. */
public final class Main {
    static final int USAGE_ERROR = 2;

    /** The read → catalog stages; tests pass their own source to run the CLI on a fixture catalog. */
    static final CatalogSource READ_AND_CATALOG = new ContentReader()::read;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command and returns its exit code: 0 built, 1 input errors, 2 usage errors. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, READ_AND_CATALOG);
    }

    static int run(String[] args, PrintStream out, PrintStream err, CatalogSource source) {
        List<String> list = Arrays.asList(args);
        if (list.size() == 1 && (list.get(0).equals("--help") || list.get(0).equals("-h"))) {
            out.print(BuildOptions.USAGE);
            return 0;
        }
        if (list.isEmpty() || !list.get(0).equals("build")) {
            err.println(list.isEmpty() ? "error: no command given" : "error: unknown command " + list.get(0));
            err.print(BuildOptions.USAGE);
            return USAGE_ERROR;
        }
        try {
            BuildOptions options = BuildOptions.parse(list.subList(1, list.size()));
            return new BuildCommand(source).run(options, out, err);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(BuildOptions.USAGE);
            return USAGE_ERROR;
        }
    }
}
