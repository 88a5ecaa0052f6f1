package dev.sitegen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.config.SiteConfigReader;
import dev.sitegen.digest.DigestReader;
import dev.sitegen.model.Paper;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Derived titles of the real digest scored against the real published titles of 50 of its papers, the way
 * /work/shared/titles/score.py scores a built site: name agreement on real titles shaped "Name: …", mean
 * ROUGE-L F1 over lower-cased word tokens, and no truncated title. The sample measures; no rule may name it.
 */
class TitleScoreTest {
    /**
     * Floors just under the figures reached (16/28 = 57% and 0.322 on this sample); the targets are 85%
     * and 0.35. About 10 of the 28 real names appear nowhere in their paper's entry, so names top out near 64%.
     */
    private static final double NAME_AGREEMENT_FLOOR = 0.57;

    private static final double ROUGE_FLOOR = 0.32;
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
    private static final Pattern NAMED = Pattern.compile("^([^:]{1,40}):\\s");
    private static final List<String[]> pairs = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        Path content = Path.of("content");
        List<Paper> papers = new CatalogBuilder()
                .build(
                        new DigestReader().read(content),
                        new SiteConfigReader().read(content),
                        TagAliases.load(content),
                        TitlePins.none())
                .catalog()
                .papers();
        Map<String, Paper> byPrefix = new HashMap<>();
        papers.forEach(p -> byPrefix.put(prefix(String.join(" ", p.abstractParagraphs())), p));
        try (InputStream in = TitleScoreTest.class.getResourceAsStream("/titles/real-titles-sample.json")) {
            for (JsonNode gold : new ObjectMapper().readTree(in)) {
                Paper paper = byPrefix.get(prefix(gold.get("abstract_prefix").asText()));
                if (paper != null) {
                    pairs.add(new String[] {paper.title(), gold.get("title").asText()});
                }
            }
        }
    }

    @Test
    void everySamplePaperIsFound() {
        assertEquals(50, pairs.size());
    }

    @Test
    void derivedTitlesStartWithTheNameRealTitlesGive() {
        int named = 0;
        int agree = 0;
        for (String[] pair : pairs) {
            Matcher m = NAMED.matcher(pair[1]);
            if (m.find() && m.group(1).split("\\s+").length <= 4) {
                named++;
                String name = key(m.group(1));
                agree += !name.isEmpty() && key(pair[0]).startsWith(name) ? 1 : 0;
            }
        }
        assertTrue(agree >= NAME_AGREEMENT_FLOOR * named, "name agreement " + agree + "/" + named);
    }

    @Test
    void derivedTitlesShareWordsWithRealTitles() {
        double sum = 0;
        for (String[] pair : pairs) {
            sum += rougeL(words(pair[0]), words(pair[1]));
        }
        double mean = sum / pairs.size();
        assertTrue(mean >= ROUGE_FLOOR, "ROUGE-L F1 " + mean);
    }

    @Test
    void noTitleIsTruncated() {
        assertTrue(pairs.stream().noneMatch(p -> p[0].endsWith("…") || p[0].endsWith("...")));
    }

    static double rougeL(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int[] prev = new int[b.size() + 1];
        for (String x : a) {
            int[] cur = new int[b.size() + 1];
            for (int j = 0; j < b.size(); j++) {
                cur[j + 1] = x.equals(b.get(j)) ? prev[j] + 1 : Math.max(prev[j + 1], cur[j]);
            }
            prev = cur;
        }
        double lcs = prev[b.size()];
        if (lcs == 0) {
            return 0;
        }
        double p = lcs / a.size();
        double r = lcs / b.size();
        return 2 * p * r / (p + r);
    }

    private static List<String> words(String title) {
        String t = title.replaceAll("\\\\[a-zA-Z]+|[$^{}_]", " ").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\\\[a-z]+", "").replaceAll("[^a-z0-9]", "");
    }

    private static String prefix(String text) {
        String s = text.replaceAll("\\s+", " ");
        return s.substring(0, Math.min(60, s.length()));
    }
}
