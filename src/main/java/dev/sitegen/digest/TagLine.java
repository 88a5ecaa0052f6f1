package dev.sitegen.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a tag line into tags as written: on {@code #}, {@code ;} and {@code ,} (also full-width), but not
 * inside parentheses ({@code LLM Fine-tuning (SFT, SimPO)} is one tag); trims, drops trailing {@code .}
 * and {@code +}, and drops a stray {@code Abstract:} that leaked in from the next line. A {@code #} inside
 * parentheses starts tags of their own ({@code LLM Fine-tuning (SFT #DPO)} is {@code LLM Fine-tuning},
 * {@code SFT}, {@code DPO}), and such a line, or one whose only tag runs longer than a label, is worth a
 * warning: {@link #read} says what it did so the maintainer can check.
 */
final class TagLine {
    /** A line's only tag longer than this many words probably lost its separators. */
    private static final int LONG_TAG_WORDS = 6;

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-\\u2010-\\u2015/]+");

    /** The tags of a line and a sentence for each thing the maintainer should check. */
    record Reading(List<String> tags, List<String> warnings) {}

    private static final Pattern JUNK_SUFFIX =
            Pattern.compile("\\s*\\bAbstract\\s*[:：]?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING = Pattern.compile("[\\s.+。]+$");
    /** The characters of TRAILING's class ({@code \s} is ASCII whitespace): it can only match a tag ending in one. */
    private static final String TRAILING_CHARS = " \t\n\u000B\f\r.+。";

    private TagLine() {}

    static Reading read(String line) {
        List<String> warnings = new ArrayList<>();
        String flat = hashesOutOfParentheses(line);
        List<String> tags = splitFlat(flat);
        if (!flat.equals(line)) {
            warnings.add("a '#' inside parentheses: the tag line was read as the tags " + String.join(", ", tags)
                    + ". Put each tag after its own '#' (and a list of examples in parentheses without '#').");
        }
        if (tags.size() == 1
                && WORD_BREAK
                                .splitAsStream(tags.get(0))
                                .filter(w -> !w.isEmpty())
                                .count()
                        > LONG_TAG_WORDS) {
            warnings.add("the tag line holds one tag of more than " + LONG_TAG_WORDS + " words, '" + tags.get(0)
                    + "'; such a tag gets no page. If it lists several tags, put a '#' before each.");
        }
        return new Reading(tags, warnings);
    }

    /**
     * {@code X (A #B)} as {@code X #A #B}: a '#' can only start a tag, so parentheses holding one were a list of
     * tags, not an aside. Parentheses without '#' are left as they are.
     */
    static String hashesOutOfParentheses(String line) {
        if (line.indexOf('#', 1) < 0 || !balanced(line)) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            int close = c == '(' || c == '（' ? closing(line, i) : -1;
            if (close > 0 && line.substring(i, close).indexOf('#') >= 0) {
                out.append(" #").append(line, i + 1, close).append(' ');
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Where the parenthesis opened at {@code open} closes, counting nested ones. */
    private static int closing(String line, int open) {
        int depth = 0;
        for (int i = open; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> splitFlat(String line) {
        List<String> tags = new ArrayList<>();
        boolean balanced = balanced(line);
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : '#';
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
