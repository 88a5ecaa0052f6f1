package dev.sitegen.digest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learns the summary-field labels of one file from their shape: a symbol or emoji, a space, then a
 * short label run straight into the text ({@code 🎯 研究动机虽然…}). The label of an icon is the common
 * prefix of everything written after it, so no label is spelled out in code.
 */
final class FieldLabels {
    /** A field-shaped line: icon (symbol + optional variation selector / joiner), one space, rest. */
    private static final Pattern FIELD = Pattern.compile("^(\\p{So}[\\p{So}\\uFE0E\\uFE0F\\u200D]*)[ \\u00A0](\\S.*)$");

    private static final Pattern COLON_LABEL = Pattern.compile("^([\\p{L} ]{1,24}?)\\s*[:：]\\s*");
    private static final Pattern LEADING_COLON = Pattern.compile("^[\\s:：]+");
    private static final Pattern TRAILING_COLON = Pattern.compile("[\\s:：]+$");
    private static final int MAX_LABEL = 8;
    private static final int SINGLE_SAMPLE_CJK = 4;

    /** One field line split into its parts. */
    record Parsed(String icon, String label, String text) {}

    /** An icon's label and how many lines of the file carry the icon. */
    private record Learnt(String label, int lines) {}

    private final Map<String, Learnt> byIcon;

    private FieldLabels(Map<String, Learnt> byIcon) {
        this.byIcon = byIcon;
    }

    static FieldLabels learn(List<Line> lines) {
        Map<String, List<String>> samples = new LinkedHashMap<>();
        for (Line line : lines) {
            if (line.text().length() > 2_000 || !startsWithSymbol(line.text())) {
                continue;
            }
            Matcher m = FIELD.matcher(line.text());
            if (m.matches()) {
                samples.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
            }
        }
        Map<String, Learnt> byIcon = new LinkedHashMap<>();
        samples.forEach((icon, rests) -> byIcon.put(icon, new Learnt(label(rests), rests.size())));
        return new FieldLabels(byIcon);
    }

    /** The line as a field, if it has the field shape and a known icon. */
    Optional<Parsed> parse(String text) {
        if (text.length() > 200_000 || !startsWithSymbol(text)) {
            return Optional.empty();
        }
        Matcher m = FIELD.matcher(text);
        if (!m.matches() || !byIcon.containsKey(m.group(1))) {
            return Optional.empty();
        }
        String icon = m.group(1);
        String rest = m.group(2);
        String label = byIcon.get(icon).label();
        if (!rest.startsWith(label)) {
            Matcher colon = COLON_LABEL.matcher(rest);
            if (colon.lookingAt()) {
                return Optional.of(new Parsed(icon, colon.group(1).strip(), rest.substring(colon.end())));
            }
            label = fallbackLabel(rest);
        }
        return Optional.of(new Parsed(
                icon,
                label,
                LEADING_COLON.matcher(rest.substring(label.length())).replaceFirst("")));
    }

    /** The field shape's first requirement ({@code \p{So}}), checked before the regex: most lines are text. */
    private static boolean startsWithSymbol(String text) {
        return !text.isEmpty() && Character.getType(text.codePointAt(0)) == Character.OTHER_SYMBOL;
    }

    /** Labels that most entries of this file have, in first-seen order: a missing one deserves a warning. */
    List<String> expected(long entries) {
        List<String> expected = new ArrayList<>();
        byIcon.values().forEach(learnt -> {
            if (entries > 0 && learnt.lines() * 2L >= entries) {
                expected.add(learnt.label());
            }
        });
        return expected;
    }

    private static String label(List<String> rests) {
        if (rests.size() == 1) {
            return fallbackLabel(rests.get(0));
        }
        String prefix = rests.get(0);
        for (String rest : rests) {
            int n = 0;
            int max = Math.min(prefix.length(), rest.length());
            while (n < max && prefix.charAt(n) == rest.charAt(n)) {
                n++;
            }
            prefix = prefix.substring(0, n);
        }
        if (prefix.isEmpty()) {
            return fallbackLabel(rests.get(0));
        }
        if (!isHan(prefix.codePointAt(0))) {
            int space = prefix.lastIndexOf(' ');
            String words = space > 0 ? prefix.substring(0, space) : fallbackLabel(prefix);
            return TRAILING_COLON.matcher(words).replaceFirst("");
        }
        return prefix.codePointCount(0, prefix.length()) > MAX_LABEL
                ? prefix.substring(0, prefix.offsetByCodePoints(0, MAX_LABEL))
                : prefix;
    }

    /** With one sample there is no common prefix: take a short Han run, or the first word. */
    private static String fallbackLabel(String rest) {
        int end = 0;
        if (isHan(rest.codePointAt(0))) {
            int taken = 0;
            while (end < rest.length() && taken < SINGLE_SAMPLE_CJK && isHan(rest.codePointAt(end))) {
                end += Character.charCount(rest.codePointAt(end));
                taken++;
            }
            return rest.substring(0, end);
        }
        while (end < rest.length() && Character.isLetter(rest.charAt(end))) {
            end++;
        }
        return rest.substring(0, end);
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
