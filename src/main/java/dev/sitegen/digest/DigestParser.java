package dev.sitegen.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinTask;

/**
 * Splits one file's prepared lines into sections and entries. An entry starts at an area line, or at a
 * topic line that has lost its area line; a section header closes the entry before it. Each section's
 * announced count is checked against the entries that follow it.
 *
 * <p>Three passes: the lines are cut into entries, headers and stray lines (in order, cheap); the entries
 * are read, in parallel and each with its own {@link ReadContext}; then everything is added up in file order, so results and diagnostics are in the same order as a
 * sequential read would give.
 */
final class DigestParser {
    /** Characters a complete abstract ends with: sentence punctuation, closing brackets and quotes, math. */
    private static final String SENTENCE_END = ".!?。！？…)]}）」』\"'”’$";

    private final String file;
    private final ReadContext context;
    private final List<DigestEntry> entries = new ArrayList<>();
    private final List<SkippedEntry> skipped = new ArrayList<>();

    DigestParser(String file, ReadContext context) {
        this.file = file;
        this.context = context;
    }

    /** One piece of the file, in order: an entry's lines, a section header, or a line outside any entry. */
    private sealed interface Piece permits EntryLines, HeaderLine, StrayLine {}

    private record EntryLines(List<Line> lines) implements Piece {}

    private record HeaderLine(DigestShape.Header header, int line) implements Piece {}

    private record StrayLine(Line line, boolean bad) implements Piece {}

    void parse(List<Line> lines, Set<Integer> badLines) {
        // The file-wide passes are independent: the field labels (the longest) are learnt beside the others
        // (and taken back by this thread if no worker is free).
        ForkJoinTask<FieldLabels> labels =
                ForkJoinTask.adapt(() -> FieldLabels.learn(lines)).fork();
        context.useCompounds(LineJoiner.compounds(lines));
        long markers = lines.stream()
                .filter(l -> DigestShape.isAbstractMarker(l.text()))
                .count();
        DigestShape shape = DigestShape.learn(lines, labels.join());
        List<String> expected = shape.fields().expected(markers);
        List<Piece> pieces = cut(lines, shape, badLines);
        // In entry order.
        List<EntryOutcome> outcomes = pieces.stream()
                .filter(EntryLines.class::isInstance)
                .map(p -> ((EntryLines) p).lines())
                .toList()
                .parallelStream()
                .map(entry -> new EntryParser(file, shape, badLines, context.forEntry()).parse(entry, expected))
                .toList();
        SectionCount section = null;
        int next = 0;
        for (Piece piece : pieces) {
            if (piece instanceof EntryLines) {
                add(outcomes.get(next++), section);
            } else if (piece instanceof HeaderLine h) {
                closeSection(section);
                section = new SectionCount(h.header(), h.line(), entries.size() + skipped.size());
            } else {
                stray((StrayLine) piece);
            }
        }
        closeSection(section);
        if (!outcomes.isEmpty() && !lines.isEmpty()) {
            outcomes.get(outcomes.size() - 1).entry().ifPresent(last -> checkEnding(last, lines.get(lines.size() - 1)));
        }
    }

    /**
     * A file cut short (a partial download or copy) most often ends inside the last abstract; every abstract of the
     * digest ends with a full stop or a link, so the last one not doing so is worth a warning.
     */
    private void checkEnding(DigestEntry last, Line lastLine) {
        List<String> paragraphs = last.abstractParagraphs();
        String text = paragraphs.get(paragraphs.size() - 1).strip();
        String lastWord = text.substring(text.lastIndexOf(' ') + 1);
        boolean complete =
                text.isEmpty() || SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0 || lastWord.contains("://");
        if (!complete) {
            context.warn(
                    file,
                    lastLine.number(),
                    "the last paper's abstract ends without a full stop ('…"
                            + EntryParser.quote(text.substring(Math.max(0, text.length() - 40)))
                            + "'); the file may have "
                            + "been cut short. Check that it is complete.");
        }
    }

    /**
     * An entry starts at an area line, at a topic line without one, or — when both were lost — at a line that
     * only starts an entry's body (tags, TL;DR, a field, the abstract marker) met after the abstract marker or
     * outside any entry: such a line is never abstract text, and gluing the next paper into this one's abstract
     * (or dropping it as stray lines) would lose it.
     */
    private static List<Piece> cut(List<Line> lines, DigestShape shape, Set<Integer> badLines) {
        List<Piece> pieces = new ArrayList<>();
        List<Line> entry = new ArrayList<>();
        boolean inAbstract = false;
        for (Line line : lines) {
            String text = line.text();
            Optional<DigestShape.Header> header = shape.header(text);
            if (header.isPresent()) {
                end(entry, pieces);
                pieces.add(new HeaderLine(header.get(), line.number()));
                inAbstract = false;
                continue;
            }
            boolean area = shape.isArea(text);
            boolean topicWithoutArea = shape.isTopic(text)
                    && !(entry.size() == 1 && shape.isArea(entry.get(0).text()));
            if (area || topicWithoutArea || ((inAbstract || entry.isEmpty()) && startsBody(text, shape))) {
                end(entry, pieces);
                entry.add(line);
                inAbstract = DigestShape.isAbstractMarker(text);
            } else if (!entry.isEmpty()) {
                inAbstract |= DigestShape.isAbstractMarker(text);
                entry.add(line);
            } else if (badLines.contains(line.number()) || !line.isBlank()) {
                pieces.add(new StrayLine(line, badLines.contains(line.number())));
            }
        }
        end(entry, pieces);
        return pieces;
    }

    /** A tag line ({@code #tag}, not a Markdown {@code # heading}), a TL;DR, a labelled field or the abstract marker. */
    static boolean startsBody(String text, DigestShape shape) {
        boolean tagLine = text.length() > 1
                && text.charAt(0) == '#'
                && text.charAt(1) != '#'
                && !Character.isWhitespace(text.charAt(1));
        return tagLine
                || DigestShape.isAbstractMarker(text)
                || shape.tldr(text).isPresent()
                || shape.fields().parse(text).isPresent();
    }

    private static void end(List<Line> entry, List<Piece> pieces) {
        if (!entry.isEmpty()) {
            pieces.add(new EntryLines(List.copyOf(entry)));
            entry.clear();
        }
    }

    private void add(EntryOutcome outcome, SectionCount section) {
        context.add(outcome.context());
        outcome.skipped().ifPresent(skipped::add);
        if (outcome.entry().isEmpty()) {
            return;
        }
        DigestEntry entry = outcome.entry().get();
        entries.add(entry);
        if (section != null && !entry.topic().equals(section.header.topic())) {
            context.warn(
                    file,
                    entry.source().line(),
                    "the entry's topic '" + entry.topic() + "' differs from "
                            + "its section '" + section.header.topic() + "'; it is listed under its own topic. Move it "
                            + "into the right section.");
        }
    }

    private void stray(StrayLine stray) {
        if (stray.bad()) {
            context.error(file, stray.line().number(), "the line is not valid UTF-8; re-save the file as UTF-8.");
        } else {
            context.warn(
                    file,
                    stray.line().number(),
                    "unrecognised line '" + EntryParser.quote(stray.line().text())
                            + "' outside any entry; it was ignored. Entries start with an area line and a topic line.");
        }
    }

    private void closeSection(SectionCount section) {
        if (section == null) {
            return;
        }
        int found = entries.size() + skipped.size() - section.entriesBefore;
        int declared = section.header.count();
        if (found != declared) {
            context.warn(
                    file,
                    section.line,
                    "the section header announces " + declared + " papers for '" + section.header.topic() + "' but "
                            + found + " entries follow it; correct the count in the header.");
        }
    }

    List<DigestEntry> entries() {
        return entries;
    }

    List<SkippedEntry> skipped() {
        return skipped;
    }

    /** A section being read: its header, where it is, and how many entries preceded it. */
    private record SectionCount(DigestShape.Header header, int line, int entriesBefore) {}
}
