package dev.sitegen.digest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns an abstract's lines into paragraphs. Abstracts come as one long line, one sentence per line, or
 * hard-wrapped at ~80 columns. A block is hard-wrapped when at least a third of its lines end
 * mid-sentence and its typical line (75th percentile) fits a terminal-like width of 120; in such a block
 * a line that ends a sentence and is clearly shorter than that width (under 70%) ends a paragraph, and
 * every other line break is a wrap. Any other block (one sentence per line, odd breaks) is one
 * paragraph. A blank line always ends a paragraph.
 */
final class AbstractJoiner {
    private static final double SHORT_LINE = 0.7;
    private static final int WRAP_COLUMNS = 120;

    private AbstractJoiner() {}

    /** {@code lines} holds the abstract's lines, with {@code ""} for a blank line. */
    static List<String> paragraphs(List<String> lines, ReadContext context) {
        List<String> paragraphs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).isEmpty()) {
                block(lines.subList(start, i), paragraphs, context);
                start = i + 1;
            }
        }
        return paragraphs;
    }

    private static void block(List<String> lines, List<String> paragraphs, ReadContext context) {
        if (lines.isEmpty()) {
            return;
        }
        int[] lengths = new int[lines.size()];
        int midSentence = 0;
        for (int i = 0; i < lines.size(); i++) {
            lengths[i] = lines.get(i).length();
            if (i < lines.size() - 1 && !endsSentence(lines.get(i))) {
                midSentence++;
            }
        }
        Arrays.sort(lengths);
        int width = lengths[(lengths.length * 3) / 4];
        boolean hardWrapped = lines.size() > 1 && midSentence * 3 >= lines.size() - 1 && width <= WRAP_COLUMNS;
        StringBuilder paragraph = new StringBuilder(width * 2);
        for (String line : lines) {
            if (paragraph.length() > 0) {
                context.repaired(RepairKind.WRAP_JOINED);
            }
            LineJoiner.join(paragraph, line, context);
            if (hardWrapped && endsSentence(line) && line.length() < width * SHORT_LINE) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
        }
    }

    static boolean endsSentence(String line) {
        if (line.isEmpty()) {
            return true;
        }
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '。' || last == '！' || last == '？' || last == ':';
    }
}
