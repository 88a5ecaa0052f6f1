package dev.sitegen.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocTermCounterTest {

    private final DocTermCounter counter = new DocTermCounter(new PhraseTerms(Set.of()), new HashMap<>());

    /** Each term of the document by its text, with a copy of the cursor's fields. */
    private Map<String, int[]> read(DocTerms doc, Map<String, int[]> positions) {
        String[] termOf = termsByLocalId(counter.batch(0, new DocTerms[0]));
        Map<String, int[]> tf = new HashMap<>();
        DocTerms.Cursor c = doc.cursor();
        while (c.next()) {
            String term = termOf[c.term];
            tf.put(term, c.tf.clone());
            if (c.positional) {
                positions.put(term, Arrays.copyOf(c.positions, c.positionCount));
            }
        }
        return tf;
    }

    private static String[] termsByLocalId(TermBatch batch) {
        String[] termOf = new String[batch.terms().length];
        for (int i = 0; i < termOf.length; i++) {
            termOf[batch.localIds()[i]] = batch.terms()[i];
        }
        return termOf;
    }

    @Test
    void sumsDocumentFrequenciesAndLengthsOverTheBatch() {
        DocTerms first = counter.count(Fixtures.doc("a", "KV cache", "", ""));
        DocTerms second = counter.count(Fixtures.doc("b", "KV", "", ""));
        TermBatch batch = counter.batch(7, new DocTerms[] {first, second});
        int kv = Arrays.asList(termsByLocalId(batch)).indexOf("kv");
        assertEquals(2, batch.df()[kv]);
        assertEquals(1, batch.df()[Arrays.asList(termsByLocalId(batch)).indexOf("cache")]);
        assertEquals(List.of("cache", "kv", "llm", "llms", "~cach"), List.of(batch.terms()));
        assertEquals(3, batch.totalLength()[SearchField.TITLE.ordinal()]);
        assertEquals(7, batch.firstDoc());
    }

    @Test
    void countsFrequencyPerFieldAndFieldLengths() {
        DocTerms doc = counter.count(Fixtures.doc("a", "KV cache", "", "KV-cache reuse. KV"));
        Map<String, int[]> tf = read(doc, new HashMap<>());
        // Abstract: kv-cache kv cache reuse kv — five tokens; the stems ~cach and ~reus add no length.
        assertEquals(5, doc.lengths()[SearchField.ABSTRACT.ordinal()]);
        assertEquals(1, tf.get("~reus")[SearchField.ABSTRACT.ordinal()]);
        assertEquals(1, tf.get("kv")[SearchField.TITLE.ordinal()]);
        assertEquals(2, tf.get("kv")[SearchField.ABSTRACT.ordinal()]);
        assertEquals(1, tf.get("kv-cache")[SearchField.ABSTRACT.ordinal()]);
        assertEquals(0, tf.get("kv-cache")[SearchField.TITLE.ordinal()]);
    }

    @Test
    void keepsAscendingPositionsOfHanBigramsOnly() {
        Map<String, int[]> positions = new HashMap<>();
        read(counter.count(Fixtures.doc("b", "Safety", "安全对齐,安全。", "")), positions);
        // Title "safety" at 0, so tags start at 2: "llms" 2, "llm" 3; the summary starts at 3 + 2 = 5:
        // 安全 5, 全对 6, 对齐 7, a gap after the run, 安全 9.
        assertArrayEquals(new int[] {5, 9}, positions.get("安全"));
        assertFalse(positions.containsKey("safety"));
    }

    @Test
    void startsEachDocumentAfresh() {
        counter.count(Fixtures.doc("c", "Alpha beta", "安全", "alpha"));
        Map<String, int[]> positions = new HashMap<>();
        Map<String, int[]> tf = read(counter.count(Fixtures.doc("d", "Beta", "", "")), positions);
        assertTrue(tf.containsKey("beta"));
        assertFalse(tf.containsKey("alpha"));
        assertTrue(positions.isEmpty());
    }
}
