package dev.sitegen.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns acronym ↔ long-form pairs from "Long Form (ACRO)" spellings in the digest itself (the
 * Schwartz–Hearst rule: the acronym's letters appear, in order, in the words before the parenthesis,
 * the first letter starting a word), so {@code LLM} and {@code Large Language Models} can be one tag.
 */
final class Acronyms {
    private static final int MAX_ACRONYM = 10;

    private final Map<String, Map<String, Integer>> longForms = new HashMap<>();

    /** Records spellings found by {@link #spellings}. */
    void learn(List<Spelling> spellings) {
        for (Spelling s : spellings) {
            longForms
                    .computeIfAbsent(TagFolding.fold(s.acronym()), k -> new HashMap<>())
                    .merge(TagFolding.fold(s.longForm()), 1, Integer::sum);
        }
    }

    /** "Long Form (ACRO)" as written in a text, before folding. */
    record Spelling(String acronym, String longForm) {}

    /** The "Long Form (ACRO)" spellings of {@code text}, in order; pure, so entries can be scanned in parallel. */
    static List<Spelling> spellings(String text) {
        List<Spelling> found = new ArrayList<>(0);
        int open = text.indexOf('(');
        while (open >= 0) {
            int close = text.indexOf(')', open);
            if (close < 0) {
                break;
            }
            if (close - open - 1 >= 2 && close - open - 1 <= MAX_ACRONYM) {
                String acronym = stripPlural(text.substring(open + 1, close));
                if (looksLikeAcronym(acronym)) {
                    String before =
                            text.substring(Math.max(0, open - 120), open).stripTrailing();
                    String longForm = longForm(before, acronym);
                    if (longForm != null) {
                        found.add(new Spelling(acronym, longForm));
                    }
                }
            }
            open = text.indexOf('(', open + 1);
        }
        return found;
    }

    /** The folded long form most often written for this folded acronym, or null. */
    String expand(String acronymKey) {
        Map<String, Integer> counts = longForms.get(acronymKey);
        return counts == null
                ? null
                : counts.entrySet().stream()
                        .min(Map.Entry.<String, Integer>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .orElseThrow()
                        .getKey();
    }

    static boolean expands(String longForm, String acronym) {
        return looksLikeAcronym(acronym) && longForm(longForm, acronym) != null;
    }

    private static boolean looksLikeAcronym(String s) {
        if (s.length() < 2 || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-') {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }

    /** Schwartz–Hearst: the shortest tail of {@code text} whose letters spell the acronym, or null. */
    static String longForm(String text, String acronym) {
        int s = acronym.length() - 1;
        int l = text.length() - 1;
        while (s >= 0) {
            char c = Character.toLowerCase(acronym.charAt(s));
            if (!Character.isLetterOrDigit(c)) {
                s--;
                continue;
            }
            while (l >= 0
                    && (Character.toLowerCase(text.charAt(l)) != c
                            || (s == 0 && l > 0 && Character.isLetterOrDigit(text.charAt(l - 1))))) {
                l--;
            }
            if (l < 0) {
                return null;
            }
            l--;
            s--;
        }
        String form = text.substring(l + 1).strip();
        int words = words(form);
        return words >= 2 && words <= acronym.length() + 3 && form.length() > acronym.length() ? form : null;
    }

    /** How many words a long form (which starts with a letter or digit) has, between white space and hyphens. */
    static int words(String form) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            boolean apart = c == ' ' || c == '-' || (c >= '\t' && c <= '\r');
            if (!apart && !inWord) {
                words++;
            }
            inWord = !apart;
        }
        return words;
    }

    /** The acronym without a plural s: {@code LLMs} → {@code LLM}. */
    static String stripPlural(String acronym) {
        return acronym.length() > 2
                        && acronym.endsWith("s")
                        && Character.isUpperCase(acronym.charAt(acronym.length() - 2))
                ? acronym.substring(0, acronym.length() - 1)
                : acronym;
    }
}
