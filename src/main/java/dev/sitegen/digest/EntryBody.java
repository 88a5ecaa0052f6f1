package dev.sitegen.digest;

import dev.sitegen.model.SummaryField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the body of one entry line by line: tag lines, the TL;DR, labelled summary fields (a line
 * that is not a label continues the field before it), and after the abstract marker the abstract lines.
 */
final class EntryBody {
    private final String file;
    private final DigestShape shape;
    private final ReadContext context;
    private final List<String> tags = new ArrayList<>();
    private final List<String> icons = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<StringBuilder> texts = new ArrayList<>();
    private final List<String> abstractLines = new ArrayList<>();
    private StringBuilder tldr;
    private StringBuilder current;
    private boolean marker;

    EntryBody(String file, DigestShape shape, ReadContext context) {
        this.file = file;
        this.shape = shape;
        this.context = context;
    }

    void accept(Line line) {
        String text = line.text();
        if (marker) {
            abstractLines.add(text);
            return;
        }
        if (text.isEmpty()) {
            return;
        }
        if (text.startsWith("#") && texts.isEmpty() && tldr == null) {
            TagLine.Reading reading = TagLine.read(text);
            tags.addAll(reading.tags());
            reading.warnings().forEach(w -> context.warn(file, line.number(), w));
            return;
        }
        if (DigestShape.isAbstractMarker(text)) {
            marker = true;
            return;
        }
        Optional<String> tl = shape.tldr(text);
        if (tl.isPresent() && tldr == null && texts.isEmpty()) {
            tldr = new StringBuilder(tl.get());
            current = tldr;
            return;
        }
        Optional<FieldLabels.Parsed> field = shape.fields().parse(text);
        if (field.isPresent()) {
            FieldLabels.Parsed f = field.get();
            if (labels.contains(f.label())) {
                context.warn(
                        file,
                        line.number(),
                        "the field '" + f.label() + "' appears twice in this entry; the "
                                + "second one was appended to the first. Merge or delete one of them.");
                current = texts.get(labels.indexOf(f.label()));
                LineJoiner.join(current, f.text(), context);
                return;
            }
            icons.add(f.icon());
            labels.add(f.label());
            current = new StringBuilder(f.text());
            texts.add(current);
            return;
        }
        if (current != null) {
            LineJoiner.join(current, text, context);
            context.repaired(RepairKind.CONTINUATION_APPENDED);
            return;
        }
        context.warn(
                file,
                line.number(),
                "unrecognised line '" + EntryParser.quote(text) + "' before the "
                        + "summary fields; it was ignored. Make it a '#' tag line or a labelled field, or delete it.");
    }

    boolean hasMarker() {
        return marker;
    }

    int fieldCount() {
        return texts.size();
    }

    List<String> tags() {
        return tags;
    }

    Optional<String> tldr() {
        return Optional.ofNullable(tldr).map(t -> t.toString().strip()).filter(t -> !t.isEmpty());
    }

    List<SummaryField> fields() {
        List<SummaryField> fields = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            fields.add(new SummaryField(
                    icons.get(i), labels.get(i), texts.get(i).toString().strip()));
        }
        return fields;
    }

    List<String> abstractLines() {
        return abstractLines;
    }
}
