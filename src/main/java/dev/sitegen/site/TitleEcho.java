package dev.sitegen.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a summary restates its title: most of the title's words (after its "Name:"), in order, among the
 * summary's first words. Titles are often derived from the TL;DR, and a list would then say it twice.
 */
final class TitleEcho {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final double SHARE = 0.6;

    private TitleEcho() {}

    static boolean repeats(String title, String summary) {
        int colon = title.indexOf(": ");
        List<String> said = words(colon > 0 ? title.substring(colon + 2) : title, Integer.MAX_VALUE);
        if (said.size() < 2) {
            said = words(title, Integer.MAX_VALUE);
        }
        List<String> start = words(summary, said.size() * 3 + 5);
        return !said.isEmpty() && commonInOrder(said, start) >= SHARE * said.size();
    }

    private static List<String> words(String text, int limit) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find() && words.size() < limit) {
            words.add(m.group());
        }
        return words;
    }

    /** Longest common subsequence length. */
    private static int commonInOrder(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        for (String x : a) {
            int[] cur = new int[b.size() + 1];
            for (int j = 0; j < b.size(); j++) {
                cur[j + 1] = x.equals(b.get(j)) ? prev[j] + 1 : Math.max(prev[j + 1], cur[j]);
            }
            prev = cur;
        }
        return prev[b.size()];
    }
}
