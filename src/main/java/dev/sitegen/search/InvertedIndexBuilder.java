package dev.sitegen.search;

import dev.sitegen.text.ContentMemo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Scores every (term, document) pair with {@link Bm25f BM25F} over the weighted {@link SearchField}s
 * and quantises the score to a small integer impact, so a query only adds impacts and needs no
 * statistics. Batches of consecutive documents are counted into compact {@link DocTerms} in parallel;
 * their summed statistics give every term's idf and its place in the flat posting arrays, so the
 * postings are scored per batch in parallel too, and quantised once the top score is known.
 *
 * <p>Given a {@link ContentMemo} ({@code serve}), a batch whose documents and phrases equal those of a batch of the
 * last build keeps that batch's counts: an edit recounts one batch, not the whole digest.
 */
public final class InvertedIndexBuilder {

    /** Batches per worker thread: enough to balance the load, few enough that a batch sees most terms once. */
    private static final int BATCHES_PER_THREAD = 4;

    private static final int MIN_BATCH = 16;

    private final PhraseTerms phrases;
    private final Optional<ContentMemo> memo;

    /** A builder that also indexes the given synonym phrases as terms, keeping each batch's counts in {@code memo}. */
    InvertedIndexBuilder(PhraseTerms phrases, Optional<ContentMemo> memo) {
        this.phrases = phrases;
        this.memo = memo;
    }

    /** All that a batch's counts depend on: where it starts, its documents, and the phrases that become terms. */
    private record BatchInput(int firstDoc, List<SearchDocument> docs, Set<String> phrases) {}

    public InvertedIndex build(List<SearchDocument> docs) {
        List<TermBatch> batches = count(docs);
        Lexicon lexicon = Lexicon.merge(batches);
        int terms = lexicon.terms().length;
        int[][] ranks = lexicon.ranks();
        int[] df = new int[terms];
        int[] positionRun = new int[terms];
        double[] totalLength = new double[DocTerms.FIELDS];
        for (int b = 0; b < batches.size(); b++) {
            TermBatch batch = batches.get(b);
            for (int local = 0; local < ranks[b].length; local++) {
                int t = ranks[b][local];
                df[t] += batch.df()[local];
                positionRun[t] += batch.positionRun()[local];
            }
            for (int f = 0; f < totalLength.length; f++) {
                totalLength[f] += batch.totalLength()[f];
            }
        }
        Bm25f bm25f = new Bm25f(totalLength, docs.size());
        double[] idf = new double[terms];
        for (int t = 0; t < terms; t++) {
            idf[t] = bm25f.idf(df[t]);
        }
        PostingArrays arrays = new PostingArrays(df, positionRun);
        int[][] postingAt = new int[batches.size()][];
        int[][] positionAt = new int[batches.size()][];
        // Batches hold consecutive documents, so laying them out in batch order keeps each term's postings in document
        // order.
        for (int b = 0; b < batches.size(); b++) {
            postingAt[b] = arrays.reservePostings(ranks[b], batches.get(b).df());
            positionAt[b] = arrays.reservePositions(ranks[b], batches.get(b).positionRun());
        }
        double max = IntStream.range(0, batches.size())
                .parallel()
                .mapToDouble(b -> arrays.fill(batches.get(b), ranks[b], postingAt[b], positionAt[b], idf, bm25f))
                .max()
                .orElse(0);
        return arrays.index(docs, lexicon.terms(), max);
    }

    private List<TermBatch> count(List<SearchDocument> docs) {
        int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
        int size =
                Math.max(MIN_BATCH, (docs.size() + threads * BATCHES_PER_THREAD - 1) / (threads * BATCHES_PER_THREAD));
        Map<String, String> stems = new ConcurrentHashMap<>();
        return IntStream.range(0, (docs.size() + size - 1) / size)
                .parallel()
                .mapToObj(b -> {
                    int first = b * size;
                    BatchInput batch = new BatchInput(
                            first,
                            List.copyOf(docs.subList(first, Math.min(docs.size(), first + size))),
                            phrases.keys());
                    return memo.isEmpty()
                            ? count(batch, stems)
                            : memo.get()
                                    .get("index batch", batch, in -> count(in, stems))
                                    .withOwnDocs();
                })
                .toList();
    }

    private TermBatch count(BatchInput batch, Map<String, String> stems) {
        DocTermCounter counter = new DocTermCounter(phrases, stems);
        DocTerms[] counted = new DocTerms[batch.docs().size()];
        for (int d = 0; d < counted.length; d++) {
            counted[d] = counter.count(batch.docs().get(d));
        }
        return counter.batch(batch.firstDoc(), counted);
    }
}
