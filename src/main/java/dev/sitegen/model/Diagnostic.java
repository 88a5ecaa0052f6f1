package dev.sitegen.model;

/**
 * One problem found in the input: where it is, how bad, and a sentence that says what is wrong and
 * what to do about it. Printed as {@code file:line: warning: message}.
 */
public record Diagnostic(Severity severity, SourceLocation location, String message) {
    public static Diagnostic warning(SourceLocation at, String message) {
        return new Diagnostic(Severity.WARNING, at, message);
    }

    public static Diagnostic error(SourceLocation at, String message) {
        return new Diagnostic(Severity.ERROR, at, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return location + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
