package dev.sitegen.cli;

import dev.sitegen.model.Diagnostic;

/**
 * How diagnostics are printed: {@code text} as {@code file:line: warning: message}, or {@code github}
 * as GitHub Actions workflow commands ({@code ::warning file=…,line=…::message}) so that a pull request
 * shows each one on its line.
 */
enum DiagnosticFormat {
    TEXT,
    GITHUB;

    String format(Diagnostic d) {
        if (this == TEXT) {
            return d.toString();
        }
        String level = d.isError() ? "error" : "warning";
        return "::" + level + " file=" + property(d.location().file()) + ",line="
                + Math.max(1, d.location().line()) + ",title=" + property("site-gen " + level) + "::"
                + data(d.message());
    }

    /** GitHub's escaping for a command's message. */
    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** GitHub's escaping for a command property, which also reserves ':' and ','. */
    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
