package dev.sitegen.model;

/** Where something came from: a digest file (as given to the reader) and a 1-based line. */
public record SourceLocation(String file, int line) {
    public SourceLocation {
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, was " + line);
        }
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
