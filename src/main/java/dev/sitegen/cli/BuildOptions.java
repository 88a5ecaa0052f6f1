package dev.sitegen.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The options of {@code build}: where the content is, where the site goes, the public base URL,
 * whether to build despite input errors, and an optional theme directory replacing the packaged one.
 */
record BuildOptions(Path contentDir, Path outDir, Optional<String> baseUrl, boolean keepGoing,
        Optional<Path> templatesDir) {

    static final String USAGE = """
            usage: site-gen build [--content DIR] [--out DIR] [--base-url URL] [--templates DIR] [--keep-going]

              --content DIR     the digest and site.yml (default: content/)
              --out DIR         where the site is written (default: site-out/)
              --base-url URL    the site's public address, e.g. https://user.github.io/repo/;
                                only used for canonical links, the sitemap and the feed
              --templates DIR   a theme directory to use instead of the packaged templates
              --keep-going      write the site from the usable entries even when some have errors
                                (the exit code is still 1)

            exit codes: 0 built (warnings allowed), 1 input errors, 2 usage errors
            """;

    /** Parses the arguments after {@code build}; both {@code --out DIR} and {@code --out=DIR} work. */
    static BuildOptions parse(List<String> args) throws UsageException {
        Path content = Path.of("content");
        Path out = Path.of("site-out");
        Optional<String> baseUrl = Optional.empty();
        Optional<Path> templates = Optional.empty();
        boolean keepGoing = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (name.equals("--keep-going") && name.equals(arg)) {
                keepGoing = true;
                continue;
            }
            String value;
            if (!name.equals(arg)) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size() && isValueOption(name)) {
                value = args.get(++i);
            } else {
                throw new UsageException(isValueOption(name) ? name + " needs a value" : "unknown option " + arg);
            }
            if (value.isBlank()) {
                throw new UsageException(name + " needs a non-empty value");
            }
            switch (name) {
                case "--content" -> content = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--base-url" -> baseUrl = Optional.of(checkedUrl(value));
                case "--templates" -> templates = Optional.of(Path.of(value));
                default -> throw new UsageException("unknown option " + arg);
            }
        }
        return new BuildOptions(content, out, baseUrl, keepGoing, templates);
    }

    private static boolean isValueOption(String name) {
        return List.of("--content", "--out", "--base-url", "--templates").contains(name);
    }

    private static String checkedUrl(String url) throws UsageException {
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new UsageException("--base-url must be an absolute http(s) URL, was " + url);
        }
        return url;
    }
}
