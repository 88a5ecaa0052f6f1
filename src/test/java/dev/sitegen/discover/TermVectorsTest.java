package dev.sitegen.discover;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.model.TagRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TermVectorsTest {

    private final Catalog catalog = CatalogFixture.catalog();

    /**
     * The vectors must stay bit for bit what the plain algorithm gives (terms numbered in reading
     * order, a sorted map per paper, weights summed in term order), or the site's output changes.
     */
    @Test
    void matchesTheStraightforwardComputationBitForBit() {
        TermVectors vectors = TermVectors.build(catalog, ps -> ps, s -> s);
        Map<String, Integer> ids = new HashMap<>();
        List<String> terms = new ArrayList<>();
        List<TreeMap<Integer, Double>> rows = new ArrayList<>();
        for (Paper paper : catalog.papers()) {
            TreeMap<Integer, Integer> counts = new TreeMap<>();
            for (String term : TermSplitterTest.split(TermVectors.text(paper, ps -> ps, s -> s))) {
                counts.merge(idOf(term, ids, terms), 1, Integer::sum);
            }
            TreeMap<Integer, Double> row = new TreeMap<>();
            counts.forEach((id, count) -> row.put(id, 1 + StrictMath.log(count)));
            for (TagRef tag : paper.tags()) {
                row.put(idOf(TermVectors.TAG_PREFIX + tag.slug(), ids, terms), TermVectors.TAG_BOOST);
            }
            rows.add(row);
        }
        assertEquals(terms.size(), vectors.termCount());
        for (int t = 0; t < terms.size(); t++) {
            assertEquals(terms.get(t), vectors.term(t));
        }
        int n = rows.size();
        for (int d = 0; d < n; d++) {
            TreeMap<Integer, Double> row = rows.get(d);
            double[] expected = new double[row.size()];
            double norm = 0;
            int i = 0;
            for (Map.Entry<Integer, Double> e : row.entrySet()) {
                long df = rows.stream().filter(r -> r.containsKey(e.getKey())).count();
                expected[i] = e.getValue() * (StrictMath.log((1.0 + n) / (1.0 + df)) + 1.0);
                norm += expected[i] * expected[i];
                i++;
            }
            for (int k = 0; k < expected.length; k++) {
                expected[k] *= 1 / Math.sqrt(norm);
            }
            assertArrayEquals(row.keySet().stream().mapToInt(Integer::intValue).toArray(), vectors.termIds(d));
            assertArrayEquals(expected, vectors.weights(d), 0.0);
        }
    }

    @Test
    void makesEachAbstractPlainOnce() {
        Map<List<String>, Integer> calls = new java.util.concurrent.ConcurrentHashMap<>();
        TermVectors.build(
                catalog,
                ps -> {
                    calls.merge(ps, 1, Integer::sum);
                    return ps;
                },
                s -> s);
        assertEquals(
                catalog.papers().size(),
                calls.values().stream().mapToInt(Integer::intValue).sum());
    }

    private static int idOf(String term, Map<String, Integer> ids, List<String> terms) {
        return ids.computeIfAbsent(term, t -> {
            terms.add(t);
            return terms.size() - 1;
        });
    }
}
