package dev.sitegen.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helper: every rich-text field of the real digest, found by a simple line scan. */
final class DigestFields {

    static final Path DIGEST = Path.of("content/iclr2026-llm.txt");
    private static final String ABSTRACT_START = "查看完整摘要 (Abstract)";
    private static final String PAPER_START = "基础/前沿模型 (含LLM)";
    private static final List<String> LABELS = List.of("🎯", "❓", "🔍", "🛠", "📊", "⭐");

    /** A field's text and the digest line it starts on. */
    record Field(int line, String text, boolean isAbstract) {}

    private DigestFields() {}

    static List<Field> read() throws IOException {
        List<String> lines = Files.readAllLines(DIGEST, StandardCharsets.UTF_8);
        List<Field> fields = new ArrayList<>();
        StringBuilder current = null;
        int start = 0;
        boolean inAbstract = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean label = LABELS.stream().anyMatch(line::startsWith);
            if (line.equals(PAPER_START) || line.equals(ABSTRACT_START) || label || line.startsWith("TL;DR:")) {
                if (current != null) {
                    fields.add(new Field(start, current.toString(), inAbstract));
                }
                current = null;
                inAbstract = line.equals(ABSTRACT_START);
                if (label || line.startsWith("TL;DR:")) {
                    current = new StringBuilder(line);
                    start = i + 1;
                } else if (inAbstract) {
                    current = new StringBuilder();
                    start = i + 2;
                }
            } else if (current != null) {
                // Continuation lines: abstract paragraphs, or a label field broken across lines.
                current.append(current.length() == 0 ? "" : "\n").append(line);
            }
        }
        if (current != null) {
            fields.add(new Field(start, current.toString(), inAbstract));
        }
        return fields;
    }
}
