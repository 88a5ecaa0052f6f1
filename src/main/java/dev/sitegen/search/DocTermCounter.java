package dev.sitegen.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Tokenises a batch of consecutive documents, one at a time, into their {@link DocTerms}, and sums
 * what the batch adds to the corpus statistics. Every term this counter has seen gets a local id
 * from one {@link TermTable}, found from the token's text range, so a token costs one hash probe and
 * no string; a term becomes a string once per batch, for the {@link Lexicon} merge. Not thread-safe:
 * one counter per batch.
 */
final class DocTermCounter implements Tokenizer.TokenSink {

    private static final SearchField[] FIELDS = SearchField.values();
    private static final int F = DocTerms.FIELDS;

    private final TermTable seen = new TermTable();
    /** Per local id: documents and Han position run length so far, and the document and slot it was last counted in. */
    private int[] df = new int[1024];

    private int[] positionRun = new int[1024];
    private final long[] totalLength = new long[F];
    private int[] lastDoc = new int[1024];
    private int[] slotOf = new int[1024];
    /** Per local id: the term's stem once asked for, so a batch looks each distinct word up once. */
    private String[] stemOf = new String[1024];
    /** Per slot of the current document: the local id, frequency per field, and whether it is a bigram. */
    private int[] slotTerm = new int[256];

    private int[] tf = new int[256 * F];
    private boolean[] bigram = new boolean[256];
    private int slots;
    /** Han bigram occurrences in text order, as pairs (slot, position). */
    private int[] events = new int[1024];

    private int eventCount;
    private final VarIntBuffer out = new VarIntBuffer();
    private int docNumber;
    private int field;
    private int base;
    private int tokens;
    private int lastPosition;

    private final PhraseTerms phrases;
    /** Word → stem for every counter of the build: batches share most of their words, and each is stemmed once. */
    private final Map<String, String> stems;
    /** The phrase key parts of the current field, in text order. */
    private final List<String> parts = new ArrayList<>();

    /** {@code stems} is shared by the counters of one build, so it must be safe for concurrent use. */
    DocTermCounter(PhraseTerms phrases, Map<String, String> stems) {
        this.phrases = phrases;
        this.stems = stems;
    }

    DocTerms count(SearchDocument doc) {
        docNumber++;
        slots = 0;
        eventCount = 0;
        base = 0;
        int[] lengths = new int[F];
        for (SearchField f : FIELDS) {
            field = f.ordinal();
            tokens = 0;
            parts.clear();
            Tokenizer.scan(Tokenizer.normalize(f.text(doc)), this);
            int words = tokens;
            int position = lastPosition;
            for (String phrase : phrases.in(parts)) {
                token(phrase, 0, phrase.length(), position, false);
            }
            tokens = words;
            lengths[field] = tokens;
            totalLength[field] += tokens;
            // Two unused positions keep a phrase from spanning the end of one field and the start of the next.
            base += tokens == 0 ? 0 : lastPosition + 2;
        }
        return new DocTerms(pack(), lengths);
    }

    /** The counts of the documents this counter has counted, starting at {@code firstDoc}, and their statistics. */
    TermBatch batch(int firstDoc, DocTerms[] docs) {
        String[] terms = new String[seen.size()];
        for (int local = 0; local < terms.length; local++) {
            terms[local] = seen.term(local);
        }
        Arrays.sort(terms);
        int[] localIds = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            localIds[i] = seen.add(terms[i], 0, terms[i].length());
        }
        return new TermBatch(
                firstDoc,
                docs,
                terms,
                localIds,
                Arrays.copyOf(df, terms.length),
                Arrays.copyOf(positionRun, terms.length),
                totalLength.clone());
    }

    @Override
    public void token(String text, int start, int end, int position, boolean isBigram) {
        int local = seen.add(text, start, end);
        if (local == df.length) {
            df = Arrays.copyOf(df, local * 2);
            positionRun = Arrays.copyOf(positionRun, local * 2);
            lastDoc = Arrays.copyOf(lastDoc, local * 2);
            slotOf = Arrays.copyOf(slotOf, local * 2);
            stemOf = Arrays.copyOf(stemOf, local * 2);
        }
        int slot = slotOf[local];
        if (lastDoc[local] != docNumber) {
            slot = newSlot(local, isBigram);
        }
        tf[slot * F + field]++;
        if (isBigram) {
            if (eventCount + 2 > events.length) {
                events = Arrays.copyOf(events, events.length * 2);
            }
            events[eventCount++] = slot;
            events[eventCount++] = base + position;
        }
        // A stem shares its word's position and is no extra word of the field's length.
        if (text.charAt(start) != Tokenizer.STEM_MARK) {
            tokens++;
        }
        lastPosition = position;
    }

    @Override
    public void part(String part) {
        parts.add(part);
    }

    /** The tokenizer asks only for words it has just counted, so each has its local id. */
    @Override
    public String stem(String text, int start, int end) {
        int local = seen.find(text, start, end);
        if (stemOf[local] == null) {
            stemOf[local] = stems.computeIfAbsent(text.substring(start, end), EnglishStemmer::stem);
        }
        return stemOf[local];
    }

    private int newSlot(int local, boolean isBigram) {
        int slot = slots++;
        if (slot == slotTerm.length) {
            slotTerm = Arrays.copyOf(slotTerm, slot * 2);
            bigram = Arrays.copyOf(bigram, slot * 2);
            tf = Arrays.copyOf(tf, slot * 2 * F);
        }
        lastDoc[local] = docNumber;
        slotOf[local] = slot;
        df[local]++;
        slotTerm[slot] = local;
        bigram[slot] = isBigram;
        Arrays.fill(tf, slot * F, slot * F + F, 0);
        return slot;
    }

    private byte[] pack() {
        // Group positions by slot with a stable counting sort, so each term's positions stay ascending.
        int[] start = new int[slots + 1];
        for (int e = 0; e < eventCount; e += 2) {
            start[events[e] + 1]++;
        }
        for (int slot = 0; slot < slots; slot++) {
            start[slot + 1] += start[slot];
        }
        int[] next = Arrays.copyOf(start, slots);
        int[] positions = new int[eventCount / 2];
        for (int e = 0; e < eventCount; e += 2) {
            positions[next[events[e]]++] = events[e + 1];
        }
        out.clear();
        for (int slot = 0; slot < slots; slot++) {
            out.write(slotTerm[slot]);
            int mask = bigram[slot] ? DocTerms.POSITIONAL : 0;
            for (int f = 0; f < F; f++) {
                mask |= tf[slot * F + f] > 0 ? 1 << f : 0;
            }
            out.write(mask);
            for (int f = 0; f < F; f++) {
                if (tf[slot * F + f] > 0) {
                    out.write(tf[slot * F + f]);
                }
            }
            if (bigram[slot]) {
                positionRun[slotTerm[slot]] += 1 + start[slot + 1] - start[slot];
                out.write(start[slot + 1] - start[slot]);
                int previous = 0;
                for (int p = start[slot]; p < start[slot + 1]; p++) {
                    out.write(positions[p] - previous);
                    previous = positions[p];
                }
            }
        }
        return out.toArray();
    }
}
