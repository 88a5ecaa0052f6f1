package dev.sitegen.cli;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.SourceLocation;
import dev.sitegen.site.SiteInput;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@code site-gen} command: {@code site-gen build [options]}; see {@link BuildOptions#USAGE}. */
public final class Main {
    static final int USAGE_ERROR = 2;

    /**
     * INTEGRATION POINT — the read → catalog stages. Replace with
     * {@code (dir, config) -> new SiteInput(catalog, diagnostics, Optional.of(report))} built from
     * {@code DigestReader} and {@code CatalogBuilder} once they are merged.
     */
    static final CatalogSource READ_AND_CATALOG = (contentDir, config) -> new SiteInput(
            new Catalog(List.of(), List.of()),
            List.of(Diagnostic.error(new SourceLocation(contentDir.toString(), 0),
                    "the digest reader is not wired into the CLI yet")),
            Optional.empty());

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
