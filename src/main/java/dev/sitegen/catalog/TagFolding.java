package dev.sitegen.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that decide when two written tags are one concept, as a pure function of the written form. Each
 * rule is one step of {@link #fold}, in this order:
 * <ol>
 * <li>Unicode compatibility forms (NFKC): full-width letters, ligatures;</li>
 * <li>a parenthesised optional word before the rest is dropped: {@code (Large) Language Models} folds with
 * {@code Language Models};</li>
 * <li>an "(ACRO)" that abbreviates the words before it is dropped, at the end or inside:
 * {@code large language model (LLM) pre-training} folds with {@code large language model pre-training};</li>
 * <li>case;</li>
 * <li>hyphens, dashes, non-breaking hyphens and underscores count as spaces, and a prefix such as multi-,
 * pre- or post- is joined to its word ({@code Multi-modal}, {@code multimodal});</li>
 * <li>British spellings become American: {@code Generalisation}, {@code language modelling},
 * {@code behaviour};</li>
 * <li>each word singular: {@code Vision–Language Models} folds with {@code vision-language model}.</li>
 * </ol>
 * "ACRO" ↔ "Long Form" merges need the acronyms the digest spells out, so they happen in {@link CanonicalTags};
 * {@link #expandAcronyms} (of a {@link #prepared} tag) is the pure half of that. Example: {@code fold("Tokenisation") = "tokenization"}.
 */
final class TagFolding {
    /** Hyphens, dashes and underscores count as spaces: each run of them and white space becomes one space. */
    private static final Pattern DASHES_AND_SPACES = Pattern.compile("[\\s\\-\\u2010-\\u2015\\u2212_]+");

    private static final Pattern LEADING_OPTIONAL = Pattern.compile("^\\(([^()]+)\\)\\s+(?=\\S)");
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\(([^()]{2,15})\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Prefixes English writes apart, hyphenated or joined to the next word (pre-training, pretraining). */
    private static final Set<String> PREFIXES = Set.of(
            "multi", "pre", "post", "non", "co", "re", "semi", "sub", "inter", "intra", "cross", "anti", "auto",
            "hyper", "meta");

    /**
     * British word endings and their American forms, tried on whole words of six letters or more. Like the
     * plural rule it only needs to be consistent: a word that is the same in both (supervise, noise) gets an
     * odd fold, but every spelling of it gets the same one, and no "-ize" word is another word's "-ise".
     */
    private static final String[][] ENDINGS = {
        {"isations", "izations"}, {"isation", "ization"}, {"ising", "izing"}, {"ised", "ized"}, {"isers", "izers"},
        {"iser", "izer"}, {"ises", "izes"}, {"ise", "ize"}, {"elling", "eling"}, {"elled", "eled"},
        {"ysing", "yzing"}, {"ysed", "yzed"}, {"yse", "yze"},
    };
    /** Whole British words no ending rule can reach ("-our" is also the end of four, hour and your). */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("behaviour", "behavior"),
            Map.entry("behavioural", "behavioral"),
            Map.entry("colour", "color"),
            Map.entry("favour", "favor"),
            Map.entry("neighbour", "neighbor"),
            Map.entry("labour", "labor"),
            Map.entry("humour", "humor"),
            Map.entry("rumour", "rumor"),
            Map.entry("centre", "center"),
            Map.entry("defence", "defense"),
            Map.entry("licence", "license"),
            Map.entry("programme", "program"),
            Map.entry("catalogue", "catalog"),
            Map.entry("artefact", "artifact"),
            Map.entry("judgement", "judgment"));

    private TagFolding() {}

    /** The folded form: two written tags are one concept by rule exactly when their folds are equal. */
    static String fold(String written) {
        String s = prepared(written);
        s = DASHES_AND_SPACES
                .matcher(s.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
        StringBuilder out = new StringBuilder(s.length());
        String[] words = s.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (out.length() > 0 && !PREFIXES.contains(words[i - 1])) {
                out.append(' ');
            }
            // A prefix is written apart, hyphenated or joined: multi-modal, multi modal and multimodal meet.
            out.append(PREFIXES.contains(words[i]) && i + 1 < words.length ? words[i] : singular(american(words[i])));
        }
        return out.toString();
    }

    /** The first three rules: the written tag still in its case, without optional lead and abbreviations. */
    static String prepared(String written) {
        String nfkc = Normalizer.normalize(written, Normalizer.Form.NFKC).strip();
        return withoutAbbreviations(LEADING_OPTIONAL.matcher(nfkc).replaceFirst(""));
    }

    /** Drops each "(ACRO)" that abbreviates the words written before it. */
    private static String withoutAbbreviations(String s) {
        Matcher m = PARENTHESIS.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        while (m.find()) {
            String before = s.substring(0, m.start());
            boolean abbreviates = !before.isBlank() && Acronyms.expands(before, Acronyms.stripPlural(m.group(1)));
            out.append(s, from, m.start());
            if (!abbreviates) {
                out.append(m.group());
            }
            from = m.end();
        }
        return out.append(s, from, s.length()).toString();
    }

    /** A British spelling's American form; other words as they are. Expects lower case. */
    private static String american(String word) {
        String singular = singular(word);
        String whole = WORDS.get(singular);
        if (whole != null) {
            return whole;
        }
        if (word.length() < 6) {
            return word;
        }
        for (String[] ending : ENDINGS) {
            if (word.endsWith(ending[0])) {
                return word.substring(0, word.length() - ending[0].length()) + ending[1];
            }
        }
        return word;
    }

    /** A word's singular; it only needs to be consistent, not correct English: both forms of a word must meet. */
    private static String singular(String w) {
        int n = w.length();
        if (n <= 3
                || !Character.isLetter(w.charAt(n - 1))
                || w.endsWith("ss")
                || w.endsWith("us")
                || w.endsWith("is")) {
            return w;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            return w.substring(0, n - 2);
        }
        return w.endsWith("s") ? w.substring(0, n - 1) : w;
    }

    /**
     * {@code written} with each word that looks like an acronym ({@code LLM}, {@code RL}, {@code MoE}, with an
     * optional plural s) replaced by what {@code longForm} gives for its fold, where it gives one, so
     * {@code LLM Agents} folds with {@code Large Language Model Agents}. A word in lower case counts only when it
     * has no vowel ({@code kv cache}, {@code llm agents}): a word such as "map" must not become the long form of
     * "MAP", and English words without a, e, i, o, u or y are interjections.
     */
    static String expandAcronyms(String written, UnaryOperator<String> longForm) {
        Matcher m = WORD.matcher(written);
        StringBuilder out = new StringBuilder(written.length() + 16);
        int from = 0;
        while (m.find()) {
            String word = Acronyms.stripPlural(m.group());
            String expanded = looksLikeAcronym(word) ? longForm.apply(fold(word)) : null;
            out.append(written, from, m.start()).append(expanded == null ? m.group() : expanded);
            from = m.end();
        }
        return out.append(written, from, written.length()).toString();
    }

    private static boolean looksLikeAcronym(String word) {
        if (word.length() < 2 || !Character.isLetter(word.charAt(0))) {
            return false;
        }
        long upper = word.chars().filter(Character::isUpperCase).count();
        if (upper == 0) {
            return word.chars().allMatch(c -> c >= 'a' && c <= 'z')
                    && word.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0);
        }
        return upper >= 2 && Character.isUpperCase(word.charAt(0));
    }
}
