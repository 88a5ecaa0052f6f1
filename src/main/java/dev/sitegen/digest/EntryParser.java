package dev.sitegen.digest;

import dev.sitegen.model.SourceLocation;
import dev.sitegen.model.SummaryField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the lines of one entry (from its area or topic line to the next entry) into a {@link DigestEntry},
 * or into a {@link SkippedEntry} when it cannot be a paper: no topic, no abstract, or undecodable bytes.
 * Everything recoverable is a warning and the paper is kept.
 */
final class EntryParser {
    private static final int MAX_QUOTED = 60;

    private final String file;
    private final DigestShape shape;
    private final Set<Integer> badLines;
    private final ReadContext context;

    EntryParser(String file, DigestShape shape, Set<Integer> badLines, ReadContext context) {
        this.file = file;
        this.shape = shape;
        this.badLines = badLines;
        this.context = context;
    }

    /** The entry or why it was skipped, with the diagnostics and repairs of this parser's context. */
    EntryOutcome parse(List<Line> lines, List<String> expectedLabels) {
        int at = lines.get(0).number();
        for (Line line : lines) {
            if (badLines.contains(line.number())) {
                return skip(
                        at,
                        "line " + line.number() + " is not valid UTF-8, so this paper cannot be read "
                                + "reliably; re-save the file as UTF-8 and rebuild.");
            }
        }
        int i = 0;
        String area;
        String first = lines.get(0).text();
        if (!shape.isArea(first) && !shape.isTopic(first)) {
            return skip(
                    at,
                    "this entry has lost its area and topic lines: it starts with '" + quote(first)
                            + "', so it cannot be placed in a section (it was not joined to the paper before it); add its "
                            + "area and topic lines above this line.");
        }
        if (shape.isArea(first)) {
            area = lines.get(0).text();
            i++;
        } else {
            area = shape.commonArea();
            context.warn(
                    file,
                    at,
                    "the entry has no area line before its topic line '"
                            + quote(lines.get(0).text()) + "'; it was filed under area '" + area
                            + "'. Add the area line.");
        }
        i = skipBlank(lines, i);
        if (i >= lines.size() || !shape.isTopic(lines.get(i).text())) {
            return skip(
                    at,
                    "the entry has no topic line after its area line, so it cannot be placed in a "
                            + "section; add the topic line (e.g. the line under the area in other entries).");
        }
        String topic = lines.get(i).text();
        EntryBody body = new EntryBody(file, shape, context);
        for (i = i + 1; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (isJunk(line.text())) {
                context.warn(
                        file,
                        line.number(),
                        "the line looks like binary data ('" + quote(line.text()) + "') and was ignored; remove it.");
            } else {
                body.accept(line);
            }
        }
        if (!body.hasMarker()) {
            String what = body.fieldCount() < Math.max(1, expectedLabels.size())
                    ? "the entry is truncated: it stops after " + body.fieldCount() + " summary field(s) with no "
                    : "the entry has no ";
            return skip(
                    at,
                    what + "abstract marker line ('… (Abstract)') followed by the abstract; add them "
                            + "or delete the entry.");
        }
        List<String> paragraphs = AbstractJoiner.paragraphs(body.abstractLines(), context);
        if (paragraphs.isEmpty()) {
            return skip(
                    at,
                    "the entry's abstract is empty, so the paper has no text to identify it by; add "
                            + "the abstract after the '(Abstract)' line.");
        }
        List<String> tags = body.tags();
        if (tags.isEmpty()) {
            context.warn(
                    file,
                    at,
                    "the entry has no tags (no '#' tag line, or an empty one); the paper is kept "
                            + "untagged. Add a line of '#tag' words after the topic line.");
        }
        List<SummaryField> fields = body.fields();
        List<String> missing = new ArrayList<>(expectedLabels);
        fields.forEach(f -> missing.remove(f.label()));
        if (!missing.isEmpty()) {
            context.warn(
                    file,
                    at,
                    "the entry is missing the summary field(s) " + missing
                            + "; the paper is kept without them. Add the field line(s).");
        }
        DigestEntry entry =
                new DigestEntry(new SourceLocation(file, at), area, topic, tags, body.tldr(), fields, paragraphs);
        return new EntryOutcome(Optional.of(entry), Optional.empty(), context);
    }

    private EntryOutcome skip(int at, String reason) {
        context.error(file, at, reason);
        SkippedEntry skipped = new SkippedEntry(new SourceLocation(file, at), reason);
        return new EntryOutcome(Optional.empty(), Optional.of(skipped), context);
    }

    private static int skipBlank(List<Line> lines, int i) {
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    /** Control characters (other than a TAB) or NULs in more than 1 of 20 characters mean binary data. */
    static boolean isJunk(String text) {
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < ' ' && c != '\t') || c == '\uFFFD' || c == '\u007F') {
                bad++;
            }
        }
        return bad > 0 && bad * 20 >= text.length();
    }

    static String quote(String text) {
        String shown = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "…" : text;
        StringBuilder out = new StringBuilder(shown.length());
        shown.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
