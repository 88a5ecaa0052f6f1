package dev.sitegen.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a tag line into tags as written: on {@code #}, {@code ;} and {@code ,} (also full-width), but not
 * inside parentheses ({@code LLM Fine-tuning (SFT, SimPO)} is one tag); trims, drops trailing {@code .}
 * and {@code +}, and drops a stray {@code Abstract:} that leaked in from the next line.
 */
final class TagLine {
    private static final Pattern JUNK_SUFFIX = Pattern.compile("\\s*\\bAbstract\\s*[:：]?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING = Pattern.compile("[\\s.+。]+$");
    /** The characters of TRAILING's class ({@code \s} is ASCII whitespace): it can only match a tag ending in one. */
    private static final String TRAILING_CHARS = " \t\n\u000B\f\r.+。";

    private TagLine() {
    }

    static List<String> split(String line) {
        List<String> tags = new ArrayList<>();
        boolean balanced = balanced(line);
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : '#';
            if (!balanced) {
                depth = 0;
            }
            if (balanced && (c == '(' || c == '（')) {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            } else if (i == line.length() || (depth == 0 && isSeparator(c))) {
                add(tags, line.substring(start, i));
                start = i + 1;
            }
        }
        return tags;
    }

    /** An unclosed parenthesis must not swallow the rest of the line into one tag. */
    private static boolean balanced(String line) {
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if (c == ')' || c == '）') {
                depth--;
                if (depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    private static boolean containsIgnoreCase(String text, String word) {
        for (int i = 0; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == '#' || c == ';' || c == ',' || c == '；' || c == '，' || c == '、';
    }

    private static void add(List<String> tags, String raw) {
        String tag = raw.strip();
        // Each regex only where it can match: most tags end in a letter and say nothing of an abstract.
        if (containsIgnoreCase(tag, "abstract")) {
            tag = JUNK_SUFFIX.matcher(tag).replaceFirst("");
        }
        if (!tag.isEmpty() && TRAILING_CHARS.indexOf(tag.charAt(tag.length() - 1)) >= 0) {
            tag = TRAILING.matcher(tag).replaceFirst("");
        }
        tag = tag.strip();
        if (!tag.isEmpty() && tag.codePoints().anyMatch(Character::isLetterOrDigit)) {
            tags.add(tag);
        }
    }
}
