package dev.sitegen.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code site-gen} command line: {@code build}, {@code check}, {@code serve}, {@code help} and
 * {@code --version}; see {@link Usage}. JVM flags belong to the launcher ({@code bin/site-gen}), not here.
 */
public final class Main {
    static final int OK = 0;
    static final int INPUT_ERROR = 1;
    static final int USAGE_ERROR = 2;

    private static final Set<String> HELP = Set.of("help", "--help", "-h");

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, utf8(FileDescriptor.out), utf8(FileDescriptor.err)));
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
        List<String> list = Arrays.asList(args);
        Options options;
        try {
            Optional<String> help = help(list);
            if (help.isPresent()) {
                out.print(help.get());
                return OK;
            }
            options = Options.parse(list);
        } catch (UsageException e) {
            err.println("site-gen: " + e.getMessage());
            err.println(Usage.hint(e.command()));
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

    /** What to print instead of running a command: the version, all help, or one command's help. */
    private static Optional<String> help(List<String> args) throws UsageException {
        if (args.equals(List.of("--version"))) {
            return Optional.of(version());
        }
        if (args.size() == 1 && HELP.contains(args.get(0))) {
            return Optional.of(Usage.all());
        }
        if (args.size() == 2 && args.get(0).equals("help")) {
            if (!Usage.commands().contains(args.get(1))) {
                throw new UsageException("no help for '" + args.get(1) + "': not a command");
            }
            return Optional.of(Usage.of(args.get(1)));
        }
        if (!args.isEmpty()
                && Usage.commands().contains(args.get(0))
                && (args.contains("--help") || args.contains("-h"))) {
            return Optional.of(Usage.of(args.get(0)));
        }
        return Optional.empty();
    }

    /** {@code site-gen 0.1.0 (Java 17.0.15)}; the version comes from the jar's manifest. */
    static String version() {
        String version = Optional.ofNullable(Main.class.getPackage().getImplementationVersion())
                .orElse("(not packaged)");
        return "site-gen " + version + " (Java " + Runtime.version() + ")\n";
    }
}
