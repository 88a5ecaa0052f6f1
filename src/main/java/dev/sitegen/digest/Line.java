package dev.sitegen.digest;

/** One prepared source line: its 1-based line number in the file and its repaired, trimmed text. */
record Line(int number, String text) {
    boolean isBlank() {
        return text.isEmpty();
    }
}
