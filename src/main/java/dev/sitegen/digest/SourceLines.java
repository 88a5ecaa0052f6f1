package dev.sitegen.digest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a file into prepared lines: BOM removed, CRLF normalised, control-character escapes repaired,
 * whitespace trimmed, and a line break that cut a LaTeX command ({@code $} + newline + {@code abla$})
 * joined back into one line. Line numbers stay those of the file. A line longer than {@link #MAX_LINE} characters
 * is an error and is read as empty: no digest line is that long (an abstract is about 2,000 characters), and the
 * text passes of the later stages should never be handed megabytes in one line.
 */
final class SourceLines {
    static final int MAX_LINE = 1 << 20;

    private SourceLines() {}

    static List<Line> prepare(String text, String file, ReadContext context) {
        int start = 0;
        if (text.startsWith("\uFEFF")) {
            start = 1;
            context.repaired(RepairKind.BOM_REMOVED);
        }
        List<Line> lines = new ArrayList<>(Math.max(16, text.length() / 60));
        int number = 1;
        int crlf = 0;
        int trimmed = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int stop = end;
            if (stop > start && text.charAt(stop - 1) == '\r') {
                stop--;
                crlf++;
            }
            if (stop - start > MAX_LINE) {
                context.error(
                        file,
                        number,
                        "the line is " + (stop - start) + " characters long; a digest line may "
                                + "be at most " + MAX_LINE
                                + " (an abstract is about 2,000), so it was not read. Split or "
                                + "shorten it.");
                lines.add(new Line(number, ""));
            } else {
                String repaired = EscapeRepair.repairControls(text.substring(start, stop), context);
                String clean = repaired.strip();
                if (clean.length() < repaired.length() && trailingSpace(repaired)) {
                    trimmed++;
                }
                append(lines, new Line(number, clean), context);
            }
            number++;
            start = end + 1;
        }
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank() && text.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        context.repaired(RepairKind.CRLF_NORMALISED, crlf);
        context.repaired(RepairKind.TRAILING_SPACE_TRIMMED, trimmed);
        return lines;
    }

    private static void append(List<Line> lines, Line line, ReadContext context) {
        if (!lines.isEmpty()) {
            Line previous = lines.get(lines.size() - 1);
            if (!previous.isBlank() && EscapeRepair.brokenNewlineEscape(previous.text(), line.text())) {
                lines.set(lines.size() - 1, new Line(previous.number(), previous.text() + "\\n" + line.text()));
                context.repaired(RepairKind.ESCAPE_RESTORED);
                return;
            }
        }
        lines.add(line);
    }

    private static boolean trailingSpace(String s) {
        return !s.isEmpty() && Character.isWhitespace(s.charAt(s.length() - 1));
    }
}
