package dev.sitegen.discover;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.model.SummaryField;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * Every paper as an L2-normalised TF-IDF vector (sublinear tf, smoothed idf) over the terms of its
 * text plus its canonical tags, the shared input of {@link RelatedPapers} and {@link PaperMap}.
 * Build once per catalog; immutable after construction. Uses {@link StrictMath} so the same
 * digest gives bit-identical vectors on every JVM, which keeps the site's output byte-stable.
 */
public final class TermVectors {

    /** How much a canonical tag counts next to a word: tags are the author's own summary of the topic. */
    static final double TAG_BOOST = 2.5;
    /** Prefix of tag terms, so a tag slug never collides with a word of the text. */
    static final String TAG_PREFIX = "#";
    /** Papers whose plain text is made at once: enough to keep both cores busy, few enough to hold. */
    private static final int TEXT_BLOCK = 256;

    private final List<Paper> papers;
    private final String[] terms;
    private final int[] documentFrequency;
    private final int[][] termIds;
    private final double[][] weights;

    private TermVectors(
            List<Paper> papers, String[] terms, int[] documentFrequency, int[][] termIds, double[][] weights) {
        this.papers = papers;
        this.terms = terms;
        this.documentFrequency = documentFrequency;
        this.termIds = termIds;
        this.weights = weights;
    }

    /**
     * Vectors for the catalog's papers in catalog order, each over its abstract and summary fields, made plain by
     * the rich-text stage's conversions so that markup and LaTeX commands are not counted as words:
     * {@code plainParagraphs} for the abstract, whose paragraphs are made plain together so that a caller that
     * already rendered the whole abstract can hand over that render's text (e.g. {@code ps ->
     * richText.prose(ps).plain()}), and {@code plain} for each summary field (e.g. {@code richText::plain}). Both
     * are called from several threads at once, so they must be thread-safe.
     */
    public static TermVectors build(
            Catalog catalog, Function<List<String>, List<String>> plainParagraphs, UnaryOperator<String> plain) {
        List<Paper> papers = catalog.papers();
        int n = papers.size();
        TermDictionary dictionary = new TermDictionary();
        RowCounter counter = new RowCounter(dictionary);
        int[][] termIds = new int[n][];
        double[][] counts = new double[n][];
        String[] texts = new String[Math.min(n, TEXT_BLOCK)];
        for (int from = 0; from < n; from += TEXT_BLOCK) {
            int first = from;
            int to = Math.min(n, from + TEXT_BLOCK);
            // the plain-text conversion is the costly part and independent per paper; ids must still be
            // handed out in reading order, so counting stays on this thread
            IntStream.range(from, to)
                    .parallel()
                    .forEach(d -> texts[d - first] = text(papers.get(d), plainParagraphs, plain));
            for (int d = from; d < to; d++) {
                counter.count(papers.get(d), texts[d - from]);
                termIds[d] = counter.termIds();
                counts[d] = counter.tfs();
                texts[d - from] = null;
            }
        }
        int[] df = new int[dictionary.size()];
        for (int[] ts : termIds) {
            for (int t : ts) {
                df[t]++;
            }
        }
        double[] idf = new double[df.length];
        for (int t = 0; t < df.length; t++) {
            idf[t] = StrictMath.log((1.0 + n) / (1.0 + df[t])) + 1.0;
        }
        for (int d = 0; d < n; d++) {
            double[] ws = counts[d];
            int[] ts = termIds[d];
            double norm = 0;
            for (int i = 0; i < ws.length; i++) {
                ws[i] *= idf[ts[i]];
                norm += ws[i] * ws[i];
            }
            double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
            for (int i = 0; i < ws.length; i++) {
                ws[i] *= scale;
            }
        }
        return new TermVectors(papers, dictionary.terms(), df, termIds, counts);
    }

    /** The text {@code paper} is compared by: its plain abstract paragraphs and summary fields, one per line. */
    static String text(Paper paper, Function<List<String>, List<String>> plainParagraphs, UnaryOperator<String> plain) {
        StringBuilder text = new StringBuilder();
        plainParagraphs
                .apply(paper.abstractParagraphs())
                .forEach(p -> text.append(p).append('\n'));
        for (SummaryField field : paper.fields()) {
            text.append(plain.apply(field.text())).append('\n');
        }
        return text.toString();
    }

    /** Number of papers. */
    public int size() {
        return papers.size();
    }

    /** Number of distinct terms (words, bigrams and tags). */
    public int termCount() {
        return terms.length;
    }

    Paper paper(int doc) {
        return papers.get(doc);
    }

    String term(int termId) {
        return terms[termId];
    }

    int documentFrequency(int termId) {
        return documentFrequency[termId];
    }

    /** Term ids of a paper's vector, ascending; do not modify. */
    int[] termIds(int doc) {
        return termIds[doc];
    }

    /** Weights aligned with {@link #termIds(int)}; do not modify. */
    double[] weights(int doc) {
        return weights[doc];
    }

    /** Writes {@code doc}'s weights into a dense array indexed by term id, for many {@link #dot} calls. */
    void scatter(int doc, double[] dense) {
        int[] ts = termIds[doc];
        for (int i = 0; i < ts.length; i++) {
            dense[ts[i]] = weights[doc][i];
        }
    }

    /** Undoes {@link #scatter} for {@code doc}, leaving the array all zero again. */
    void clear(int doc, double[] dense) {
        for (int t : termIds[doc]) {
            dense[t] = 0;
        }
    }

    /** Cosine of a scattered paper with {@code other}: one pass over {@code other}'s terms. */
    double dot(double[] dense, int other) {
        int[] ts = termIds[other];
        double[] ws = weights[other];
        double sum = 0;
        for (int i = 0; i < ts.length; i++) {
            sum += dense[ts[i]] * ws[i];
        }
        return sum;
    }
}
