package dev.sitegen.discover;

import dev.sitegen.model.Paper;
import dev.sitegen.model.TagRef;
import java.util.Arrays;

/**
 * Turns one paper at a time into a row of {@link TermVectors}: ascending term ids and their tf
 * factors, 1 + ln tf for words and {@link TermVectors#TAG_BOOST} for tags. Ids come from a shared
 * {@link TermDictionary} in reading order (the paper's words, then its tags), so the numbering
 * depends only on the catalog. Reuses its buffers; not thread-safe.
 */
final class RowCounter implements TermSplitter.Sink {

    /** 1 + ln k for small k, the same doubles {@link StrictMath#log} gives, looked up instead of recomputed. */
    private static final double[] SUBLINEAR_TF = new double[64];

    static {
        for (int k = 1; k < SUBLINEAR_TF.length; k++) {
            SUBLINEAR_TF[k] = 1 + StrictMath.log(k);
        }
    }

    private final TermDictionary dictionary;
    private final TermSplitter splitter = new TermSplitter();
    private int[] occurrences = new int[1024];
    private int occurrenceCount;
    private int[] tags = new int[16];
    private int tagCount;
    private int[] ids = new int[0];
    private double[] tfs = new double[0];

    RowCounter(TermDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public void term(char[] chars, int offset, int length) {
        if (occurrenceCount == occurrences.length) {
            occurrences = Arrays.copyOf(occurrences, occurrenceCount * 2);
        }
        occurrences[occurrenceCount++] = dictionary.add(chars, offset, length);
    }

    /** Counts {@code paper} with {@code text} as its words; read the row with {@link #termIds()} and {@link #tfs()}. */
    void count(Paper paper, String text) {
        occurrenceCount = 0;
        splitter.split(text, this);
        tagCount = 0;
        for (TagRef tag : paper.tags()) {
            if (tagCount == tags.length) {
                tags = Arrays.copyOf(tags, tagCount * 2);
            }
            tags[tagCount++] = dictionary.add(TermVectors.TAG_PREFIX + tag.slug());
        }
        Arrays.sort(occurrences, 0, occurrenceCount);
        Arrays.sort(tags, 0, tagCount);
        int words = distinct(occurrences, occurrenceCount);
        int tagTerms = distinct(tags, tagCount);
        merge(words, tagTerms);
    }

    /** Ascending term ids of the last counted paper. */
    int[] termIds() {
        return ids;
    }

    /** Tf factors aligned with {@link #termIds()}. */
    double[] tfs() {
        return tfs;
    }

    /** Number of distinct values in the sorted prefix {@code values[0, length)}. */
    private static int distinct(int[] values, int length) {
        int count = 0;
        for (int i = 0; i < length; i++) {
            count += i == 0 || values[i] != values[i - 1] ? 1 : 0;
        }
        return count;
    }

    /** Merges the sorted occurrences (run lengths become tf) with the sorted tags; a tag wins a shared id. */
    private void merge(int words, int tagTerms) {
        int[] rowIds = new int[words + tagTerms];
        double[] rowTfs = new double[words + tagTerms];
        int size = 0;
        for (int i = 0, j = 0; i < occurrenceCount || j < tagCount; ) {
            int word = i < occurrenceCount ? occurrences[i] : Integer.MAX_VALUE;
            int tag = j < tagCount ? tags[j] : Integer.MAX_VALUE;
            int run = i;
            while (run < occurrenceCount && occurrences[run] == word) {
                run++;
            }
            if (tag <= word) {
                rowIds[size] = tag;
                rowTfs[size++] = TermVectors.TAG_BOOST;
                while (j < tagCount && tags[j] == tag) {
                    j++;
                }
                i = tag == word ? run : i;
            } else {
                rowIds[size] = word;
                rowTfs[size++] = sublinear(run - i);
                i = run;
            }
        }
        ids = size == rowIds.length ? rowIds : Arrays.copyOf(rowIds, size);
        tfs = size == rowTfs.length ? rowTfs : Arrays.copyOf(rowTfs, size);
    }

    private static double sublinear(int count) {
        return count < SUBLINEAR_TF.length ? SUBLINEAR_TF[count] : 1 + StrictMath.log(count);
    }
}
