package dev.sitegen.catalog;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a canonical tag is shown, and whether it is worth a page. The name is the majority spelling (case
 * aside) written with a capital letter where it ever is, so acronyms ({@code LoRA}, {@code vLLM}) and the
 * digest's Title Case win over an all-lower-case spelling; only when every spelling of it is lower case is it
 * capitalised.
 * A tag is junk when it is longer than {@link #MAX_WORDS} words (a sentence, or several tags whose
 * separators are missing), one word that says nothing in a digest of papers ("generation", "method",
 * "log"), or a name of the whole field ("Machine Learning").
 */
final class TagNames {
    /** More words than this (hyphenated parts count) and a tag reads as a sentence, not a label. */
    static final int MAX_WORDS = 6;

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-\\u2010-\\u2015/]+");
    /** Words that name no subject on their own; a tag that is one of these alone is noise. */
    private static final Set<String> GENERIC = Set.of("""
            log logs generation method methods model models approach approaches framework frameworks
            analysis system systems technique techniques study task tasks problem problems data
            algorithm algorithms application applications performance result results experiment
            experiments paper research pattern patterns future objective semantic understanding
            prediction other general misc new novel
            """.strip().split("\\s+"));
    /** Names of the whole field, which say nothing in a digest of machine learning papers. */
    private static final Set<String> FIELD = Set.of(
            "machine learning",
            "deep learning",
            "artificial intelligence",
            "ai",
            "ml",
            "learning",
            "neural network",
            "neural networks");
    /** Lower-case words inside a capitalised name, as the digest's Title Case spellings write them. */
    private static final Set<String> SMALL = Set.of(
            "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "via", "vs",
            "with");

    private TagNames() {}

    /**
     * The display name among spellings and how often each is written: the spelling most often written, counting
     * spellings that differ only in case as one; among those, the most common with a capital letter.
     */
    static String display(Map<String, Integer> counts) {
        Map<String, Integer> byLower = new HashMap<>();
        counts.forEach((s, n) -> byLower.merge(s.toLowerCase(Locale.ROOT), n, Integer::sum));
        Comparator<Map.Entry<String, Integer>> mostCommon =
                Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
        // On a tie, a spelling someone wrote with capitals wins ("Verifiers" over the misspelt "verifers").
        Set<String> capitalised = new HashSet<>();
        counts.keySet().stream().filter(TagNames::hasCapital).forEach(s -> capitalised.add(s.toLowerCase(Locale.ROOT)));
        String majority = byLower.entrySet().stream()
                .min(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(e -> !capitalised.contains(e.getKey()))
                        .thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey();
        List<String> forms = counts.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(majority))
                .sorted(mostCommon)
                .map(Map.Entry::getKey)
                .toList();
        return forms.stream().filter(TagNames::hasCapital).findFirst().orElseGet(() -> capitalised(forms.get(0)));
    }

    /** Each word's first letter upper case, except the small joining words after the first. */
    static String capitalised(String lower) {
        String[] words = lower.split(" ", -1);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                out.append(' ');
            }
            boolean small = i > 0 && SMALL.contains(w);
            out.append(small || w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
        }
        return out.toString();
    }

    /** Why a tag named {@code name} gets no page of its own, or empty when it is a real label. */
    static Optional<String> junk(String name) {
        List<String> words =
                WORD_BREAK.splitAsStream(name.strip()).filter(w -> !w.isEmpty()).toList();
        if (words.size() > MAX_WORDS) {
            return Optional.of("longer than " + MAX_WORDS + " words");
        }
        if (FIELD.contains(String.join(" ", words).toLowerCase(Locale.ROOT))) {
            return Optional.of("names the whole field");
        }
        // Two generic words together often name a subject ("Performance Prediction", "Problem Generation").
        if (words.size() == 1 && GENERIC.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            return Optional.of("one generic word");
        }
        return Optional.empty();
    }

    private static boolean hasCapital(String s) {
        return s.codePoints().anyMatch(Character::isUpperCase);
    }
}
