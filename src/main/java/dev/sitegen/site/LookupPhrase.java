package dev.sitegen.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase of an abstract to search for in quotes: six plain words (letters and hyphens only, so TeX, numbers and
 * typography cannot differ between the digest and the indexed paper) from the sentence that introduces the
 * method, or the first "we propose/show" sentence, else the second sentence.
 */
final class LookupPhrase {
    private static final int WORDS = 6;
    private static final Pattern INTRO = Pattern.compile(
            "\\bwe\\s+(?:\\w+\\s+)?(?:propose|introduce|present|develop|show|find|demonstrate)\\w*\\s",
            Pattern.CASE_INSENSITIVE);
    static final Pattern PLAIN_RUN =
            Pattern.compile("(?:[A-Za-z][A-Za-z-]*\\s+){" + (WORDS - 1) + "}[A-Za-z][A-Za-z-]*\\b(?![-'’])");

    private LookupPhrase() {}

    static Optional<String> of(String abstractText, Optional<String> method) {
        String chosen = null;
        int from = 0;
        String second = null;
        int count = 0;
        for (String found : sentences(abstractText)) {
            String sentence = found.strip();
            count++;
            if (count == 2) {
                second = sentence;
            }
            Matcher intro = INTRO.matcher(sentence);
            if (method.isPresent() && sentence.contains(method.get())) {
                chosen = sentence;
                from = sentence.indexOf(method.get());
                break;
            }
            if (intro.find()) {
                chosen = sentence;
                from = intro.start();
                break;
            }
        }
        for (String sentence : new String[] {chosen, second}) {
            if (sentence != null) {
                Optional<String> run =
                        plainRun(sentence, sentence == chosen ? from : 0).or(() -> plainRun(sentence, 0));
                if (run.isPresent()) {
                    return run.map(r -> r.replaceAll("\\s+", " "));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The sentences of {@code text}: runs of characters other than . ! ? that end in one of those marks followed by
     * a space or the end of the text, or that reach the end. A mark inside a word ("1.5B") ends no sentence, and
     * the words before it in that run belong to none, as with the regex {@code [^.!?]+(?:[.!?](?=\s|$)|$)}, whose
     * {@code find} gives the same list but tries every start again before such a mark.
     */
    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            if (isMark(text.charAt(start))) {
                start++;
                continue;
            }
            int mark = start;
            while (mark < text.length() && !isMark(text.charAt(mark))) {
                mark++;
            }
            if (mark == text.length()) {
                sentences.add(text.substring(start));
                break;
            }
            if (endsSentence(text, mark + 1)) {
                sentences.add(text.substring(start, mark + 1));
            }
            start = mark + 1;
        }
        return sentences;
    }

    private static boolean isMark(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** Whether {@code (?=\\s|$)} holds at {@code at}: a space, the end, or a line break that is the last character. */
    private static boolean endsSentence(String text, int at) {
        if (at == text.length()) {
            return true;
        }
        char c = text.charAt(at);
        return " \t\n\u000B\f\r".indexOf(c) >= 0
                || (at + 1 == text.length() && (c == '\u0085' || c == '\u2028' || c == '\u2029'));
    }

    /**
     * The first {@link #PLAIN_RUN} at or after {@code from}, as {@code find} gives it, but tried once per run of
     * letters and hyphens instead of at each of its letters: a first word that starts inside such a run must end
     * where the run ends, the only place a space can follow, so every start in the run fares alike.
     */
    static Optional<String> plainRun(String sentence, int from) {
        Matcher run = PLAIN_RUN.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
        int p = from;
        while (p < sentence.length()) {
            if (isLetter(sentence.charAt(p)) && run.region(p, sentence.length()).lookingAt()) {
                return Optional.of(run.group());
            }
            int end = p;
            while (end < sentence.length() && (isLetter(sentence.charAt(end)) || sentence.charAt(end) == '-')) {
                end++;
            }
            p = Math.max(end, p + 1);
        }
        return Optional.empty();
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
