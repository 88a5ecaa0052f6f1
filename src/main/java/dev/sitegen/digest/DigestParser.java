package dev.sitegen.digest;

import dev.sitegen.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Splits one file's prepared lines into sections and entries. An entry starts at an area line, or at a
 * topic line that has lost its area line; a section header closes the entry before it. Each section's
 * announced count is checked against the entries that follow it.
 */
final class DigestParser {
    private final String file;
    private final ReadContext context;
    private final List<DigestEntry> entries = new ArrayList<>();
    private final List<SkippedEntry> skipped = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();

    DigestParser(String file, ReadContext context) {
        this.file = file;
        this.context = context;
    }

    void parse(List<Line> lines, Set<Integer> badLines) {
        DigestShape shape = DigestShape.learn(lines);
        context.useCompounds(Compounds.in(lines));
        EntryParser parser = new EntryParser(file, shape, badLines, context);
        List<String> expected = shape.fields().expected(countMarkers(lines, shape));
        List<Line> entry = new ArrayList<>();
        SectionCount section = null;
        for (Line line : lines) {
            String text = line.text();
            Optional<DigestShape.Header> header = shape.header(text);
            if (header.isPresent()) {
                flush(parser, entry, expected, section);
                closeSection(section);
                section = new SectionCount(header.get(), line.number(), entries.size() + skipped.size());
                continue;
            }
            boolean area = shape.isArea(text);
            boolean topicWithoutArea = shape.isTopic(text) && !(entry.size() == 1 && shape.isArea(entry.get(0).text()));
            if (area || topicWithoutArea) {
                flush(parser, entry, expected, section);
                entry.add(line);
            } else if (!entry.isEmpty()) {
                entry.add(line);
            } else if (badLines.contains(line.number())) {
                context.error(file, line.number(), "the line is not valid UTF-8; re-save the file as UTF-8.");
            } else if (!line.isBlank()) {
                context.warn(file, line.number(), "unrecognised line '" + EntryParser.quote(text) + "' outside any "
                        + "entry; it was ignored. Entries start with an area line and a topic line.");
            }
        }
        flush(parser, entry, expected, section);
        closeSection(section);
    }

    private static int countMarkers(List<Line> lines, DigestShape shape) {
        int n = 0;
        for (Line line : lines) {
            if (shape.isAbstractMarker(line.text())) {
                n++;
            }
        }
        return n;
    }

    private void flush(EntryParser parser, List<Line> entry, List<String> expected, SectionCount section) {
        if (entry.isEmpty()) {
            return;
        }
        int before = entries.size();
        parser.parse(entry, expected, entries, skipped);
        if (section != null && entries.size() > before) {
            DigestEntry last = entries.get(entries.size() - 1);
            if (!last.topic().equals(section.header.topic())) {
                context.warn(file, last.source().line(), "the entry's topic '" + last.topic() + "' differs from "
                        + "its section '" + section.header.topic() + "'; it is listed under its own topic. Move it "
                        + "into the right section.");
            }
        }
        entry.clear();
    }

    private void closeSection(SectionCount section) {
        if (section == null) {
            return;
        }
        int found = entries.size() + skipped.size() - section.entriesBefore;
        int declared = section.header.count();
        sections.add(new Section(section.header.topic(), OptionalInt.of(declared),
                new SourceLocation(file, section.line)));
        if (found != declared) {
            context.warn(file, section.line, "the section header announces " + declared + " papers for '"
                    + section.header.topic() + "' but " + found + " entries follow it; correct the count in the header.");
        }
    }

    List<DigestEntry> entries() {
        return entries;
    }

    List<SkippedEntry> skipped() {
        return skipped;
    }

    List<Section> sections() {
        return sections;
    }

    /** A section being read: its header, where it is, and how many entries preceded it. */
    private record SectionCount(DigestShape.Header header, int line, int entriesBefore) {
    }
}
