package dev.sitegen.search;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Scores every (term, document) pair with {@link Bm25f BM25F} over the weighted {@link SearchField}s
 * and quantises the score to a small integer impact, so a query only adds impacts and needs no
 * statistics. Documents are first counted into compact {@link DocTerms} in parallel; document
 * frequencies, the top score and finally the term-ordered postings are then read off those.
 */
public final class InvertedIndexBuilder {

    /** Counting tasks per worker thread: enough to balance the load, few enough that each counter sees most terms once. */
    private static final int BATCHES_PER_THREAD = 4;
    private static final int MIN_BATCH = 16;

    private final Tokenizer tokenizer;

    public InvertedIndexBuilder(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    public InvertedIndex build(List<SearchDocument> docs) {
        Lexicon lexicon = new Lexicon();
        DocTerms[] counted = count(docs, lexicon);
        Lexicon.Sorted sorted = lexicon.sorted();
        int[] rank = sorted.rank();
        int terms = rank.length;

        int[] df = new int[terms];
        int[] positionRun = new int[terms];
        double[] totalLength = new double[DocTerms.FIELDS];
        for (DocTerms doc : counted) {
            for (int f = 0; f < totalLength.length; f++) {
                totalLength[f] += doc.lengths()[f];
            }
            DocTerms.Cursor c = doc.cursor();
            while (c.next()) {
                int t = rank[c.term];
                df[t]++;
                positionRun[t] += c.positional ? 1 + c.positionCount : 0;
            }
        }
        Bm25f bm25f = new Bm25f(totalLength, docs.size());
        double[] idf = new double[terms];
        for (int t = 0; t < terms; t++) {
            idf[t] = bm25f.idf(df[t]);
        }
        double max = IntStream.range(0, counted.length).parallel()
                .mapToDouble(d -> maxScore(counted[d], rank, idf, bm25f))
                .max().orElse(0);
        return postings(docs, counted, sorted, df, positionRun, idf, bm25f, max);
    }

    private DocTerms[] count(List<SearchDocument> docs, Lexicon lexicon) {
        DocTerms[] counted = new DocTerms[docs.size()];
        int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
        int batch = Math.max(MIN_BATCH, (docs.size() + threads * BATCHES_PER_THREAD - 1) / (threads * BATCHES_PER_THREAD));
        IntStream.range(0, (docs.size() + batch - 1) / batch).parallel().forEach(b -> {
            DocTermCounter counter = new DocTermCounter(tokenizer, lexicon);
            for (int d = b * batch; d < Math.min(docs.size(), (b + 1) * batch); d++) {
                counted[d] = counter.count(docs.get(d));
            }
        });
        return counted;
    }

    private static double maxScore(DocTerms doc, int[] rank, double[] idf, Bm25f bm25f) {
        double[] norms = bm25f.norms(doc.lengths());
        double max = 0;
        DocTerms.Cursor c = doc.cursor();
        while (c.next()) {
            max = Math.max(max, bm25f.score(c.tf, norms, idf[rank[c.term]]));
        }
        return max;
    }

    /** Lays the postings out term by term, each term's in document order; frees each document's counts once read. */
    private static InvertedIndex postings(List<SearchDocument> docs, DocTerms[] counted, Lexicon.Sorted sorted,
            int[] df, int[] positionRun, double[] idf, Bm25f bm25f, double max) {
        String[] terms = sorted.terms();
        int[] rank = sorted.rank();
        int[] postingStarts = starts(df);
        int[] positionStarts = starts(positionRun);
        int[] postingDocs = new int[postingStarts[terms.length]];
        byte[] impacts = new byte[postingDocs.length];
        int[] positions = new int[positionStarts[terms.length]];
        int[] nextPosting = postingStarts.clone();
        int[] nextPosition = positionStarts.clone();
        for (int d = 0; d < counted.length; d++) {
            double[] norms = bm25f.norms(counted[d].lengths());
            DocTerms.Cursor c = counted[d].cursor();
            counted[d] = null;
            while (c.next()) {
                int t = rank[c.term];
                double score = bm25f.score(c.tf, norms, idf[t]);
                int k = nextPosting[t]++;
                postingDocs[k] = d;
                impacts[k] = (byte) Math.max(1, Math.round(Posting.MAX_IMPACT * score / max));
                if (c.positional) {
                    int p = nextPosition[t];
                    positions[p++] = c.positionCount;
                    System.arraycopy(c.positions, 0, positions, p, c.positionCount);
                    nextPosition[t] = p + c.positionCount;
                }
            }
        }
        return new InvertedIndex(docs, terms, postingStarts, postingDocs, impacts, positionStarts, positions);
    }

    private static int[] starts(int[] sizes) {
        int[] starts = new int[sizes.length + 1];
        for (int i = 0; i < sizes.length; i++) {
            starts[i + 1] = starts[i] + sizes[i];
        }
        return starts;
    }
}
