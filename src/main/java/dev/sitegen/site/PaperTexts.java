package dev.sitegen.site;

import dev.sitegen.model.Paper;
import dev.sitegen.model.SummaryField;
import dev.sitegen.text.Html;
import dev.sitegen.text.RichText;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Entities;

/**
 * The short texts shown for a paper in many places (title, one-line summary, meta description),
 * rendered once per paper and shared by every page that lists it. Thread-safe.
 */
final class PaperTexts {
    /** The field that says what a paper does, used as its summary when it has no TL;DR. */
    static final String PROBLEM_LABEL = "解决问题";

    private static final int DESCRIPTION_LENGTH = 160;

    private final RichText text;
    private final Map<String, Html> titles = new ConcurrentHashMap<>();
    private final Map<String, Html> summaries = new ConcurrentHashMap<>();

    PaperTexts(RichText text) {
        this.text = text;
    }

    /** Titles are derived plain text (see {@link Paper#title()}), so they are escaped, never parsed as markup. */
    Html title(Paper paper) {
        return titles.computeIfAbsent(paper.id(), id -> new Html(Entities.escape(paper.title()), false));
    }

    /** The TL;DR, else the problem statement, else the first summary field, else nothing. */
    Html summary(Paper paper) {
        return summaries.computeIfAbsent(paper.id(), id -> text.inline(summarySource(paper)));
    }

    /** A plain-text description of at most {@value #DESCRIPTION_LENGTH} characters for meta tags and feeds. */
    String description(Paper paper) {
        String plain = text.plain(summarySource(paper)).strip();
        if (plain.isEmpty()) {
            plain = firstSentence(paper);
        }
        return plain.length() <= DESCRIPTION_LENGTH
                ? plain
                : plain.substring(0, plain.offsetByCodePoints(0, DESCRIPTION_LENGTH - 1)) + "…";
    }

    /**
     * What to search for elsewhere: the title and, quoted, a phrase of the abstract that only this paper is likely
     * to contain (arXiv and Scholar match quoted phrases exactly); a short method name alone ("CRM") finds
     * hundreds of papers.
     */
    String lookupQuery(Paper paper) {
        String abstractText = paper.abstractParagraphs().isEmpty()
                ? ""
                : String.join(" ", text.prose(paper.abstractParagraphs()).plain());
        return LookupPhrase.of(abstractText, paper.method())
                .map(p -> paper.title() + " \"" + p + "\"")
                .orElse(paper.title());
    }

    String firstSentence(Paper paper) {
        if (paper.abstractParagraphs().isEmpty()) {
            return paper.title();
        }
        String first = text.prose(paper.abstractParagraphs()).plain().get(0).strip();
        int end = first.indexOf(". ");
        return end < 0 ? first : first.substring(0, end + 1);
    }

    /** The summary under a title says something the title does not: a TL;DR that restates it gives way. */
    private static String summarySource(Paper paper) {
        return paper.tldr()
                .filter(t -> !t.isBlank() && !TitleEcho.repeats(paper.title(), t))
                .or(() -> paper.field(PROBLEM_LABEL).map(SummaryField::text))
                .or(() -> paper.fields().stream().findFirst().map(SummaryField::text))
                .orElse("");
    }
}
