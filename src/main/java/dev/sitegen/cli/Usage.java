package dev.sitegen.cli;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code site-gen help} and {@code site-gen <command> --help} print, from one table of commands and
 * options, and the "did you mean" hint for a mistyped command or option.
 */
final class Usage {
    private static final Map<String, String> COMMANDS = ordered(
            "build", "read content/, write the static site to --out",
            "check", "read and validate the digest only; print its diagnostics",
            "serve", "build, serve on http://127.0.0.1:PORT/, rebuild and reload browsers on change");

    private static final Map<String, String> OPTIONS = ordered(
            "--content DIR", "the digest(s) *.txt, site.yml and tag-aliases.yml (default: content/)",
            "--out DIR", "where the site is written (default: site-out/)",
            "--base-url URL",
                    "the site's public address, e.g. https://user.github.io/repo/; used for\n"
                            + "canonical links, OpenGraph, the feed and the sitemap (none without it)",
            "--templates DIR",
                    "a theme directory instead of the packaged templates\n"
                            + "(serve uses templates/ when it exists, so edits show live)",
            "--keep-going",
                    "publish the readable entries even when some have errors, naming\n"
                            + "each skipped entry (exit code 0)",
            "--allow-empty", "publish a site even when no paper was read (else exit code 1)",
            "--report FILE", "where the build report goes (default: beside the site, DIR-report.json)",
            "--format FORMAT", "text (file:line: warning: ...) or github (workflow annotations)",
            "--port N", "serve's port (default 8000)",
            "--base-path PATH", "serve the site under PATH, as GitHub Pages does for /<repo>/ (default /)",
            "--quiet", "print errors only",
            "--verbose", "also print each stage's time");

    private static final String EXIT_CODES =
            "exit codes: 0 success (warnings allowed), 1 input errors, 2 usage errors\n";

    private Usage() {}

    /** Every command and option: {@code site-gen help}. */
    static String all() {
        StringBuilder s = new StringBuilder(
                "usage: site-gen <command> [options]\n" + "       site-gen help [<command>] | --version\n\n");
        COMMANDS.forEach((name, what) -> s.append(row(name, what)));
        s.append('\n');
        OPTIONS.forEach((option, what) -> s.append(row(option, what)));
        return s.append('\n').append(EXIT_CODES).toString();
    }

    /** One command's synopsis and options: {@code site-gen build --help}. */
    static String of(String command) {
        List<String> options = OPTIONS.keySet().stream()
                .filter(option -> Options.accepts(command, option.split(" ")[0]))
                .toList();
        StringBuilder s = new StringBuilder("usage: site-gen ").append(command);
        options.forEach(option -> s.append(" [").append(option).append(']'));
        s.append("\n\n  ").append(COMMANDS.get(command)).append("\n\n");
        options.forEach(option -> s.append(row(option, OPTIONS.get(option))));
        return s.append('\n').append(EXIT_CODES).toString();
    }

    /** The hint printed under a usage error. */
    static String hint(Optional<String> command) {
        return command.map(c -> "run 'site-gen " + c + " --help' for its options")
                .orElse("run 'site-gen help' for the commands and their options");
    }

    /**
     * The candidate {@code typed} was most likely meant to be: one at most two edits away (a typo such as
     * {@code bild} or {@code --verbos}), or one that starts with it.
     */
    static Optional<String> closest(String typed, Collection<String> candidates) {
        return candidates.stream()
                .filter(c -> editDistance(typed, c) <= Math.min(2, c.length() / 3)
                        || c.startsWith(typed) && typed.length() >= 3)
                .min((a, b) -> Integer.compare(editDistance(typed, a), editDistance(typed, b)));
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    static Collection<String> commands() {
        return COMMANDS.keySet();
    }

    private static String row(String name, String what) {
        return "  %-17s %s\n".formatted(name, what.replace("\n", "\n" + " ".repeat(20)));
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
