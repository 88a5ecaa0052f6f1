package dev.sitegen.discover;

import dev.sitegen.model.Paper;
import dev.sitegen.model.SummaryField;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** The text a paper is compared by: its abstract and summary fields, each made plain first. */
public final class PaperText {

    private PaperText() {}

    /**
     * A {@code textOf} function for {@link TermVectors#build}, given the rich-text stage's plain-text
     * conversions so that markup and LaTeX commands are not counted as words: {@code plainParagraphs} for the
     * abstract, whose paragraphs are made plain together so that a caller that already rendered the whole
     * abstract can hand over that render's text (e.g. {@code ps -> richText.prose(ps).plain()}), and
     * {@code plain} for each summary field (e.g. {@code richText::plain}).
     */
    public static Function<Paper, String> joined(
            Function<List<String>, List<String>> plainParagraphs, UnaryOperator<String> plain) {
        return paper -> {
            StringBuilder text = new StringBuilder();
            plainParagraphs
                    .apply(paper.abstractParagraphs())
                    .forEach(p -> text.append(p).append('\n'));
            for (SummaryField field : paper.fields()) {
                text.append(plain.apply(field.text())).append('\n');
            }
            return text.toString();
        };
    }
}
