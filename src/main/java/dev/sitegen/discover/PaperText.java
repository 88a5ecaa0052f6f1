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
     * A {@code textOf} function for {@link TermVectors#build}; pass the rich-text stage's plain-text
     * conversion (e.g. {@code richText::plain}) so markup and LaTeX commands are not counted as words.
     */
    public static Function<Paper, String> joined(UnaryOperator<String> plain) {
        return joined(paragraphs -> paragraphs.stream().map(plain).toList(), plain);
    }

    /**
     * As {@link #joined(UnaryOperator)}, with the abstract's paragraphs made plain together, so a caller
     * that already rendered the whole abstract (the paper page does) can hand over that render's text.
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
