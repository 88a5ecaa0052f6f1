package dev.sitegen.site;

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
    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+(?:[.!?](?=\\s|$)|$)");
    private static final Pattern INTRO = Pattern.compile(
            "\\bwe\\s+(?:\\w+\\s+)?(?:propose|introduce|present|develop|show|find|demonstrate)\\w*\\s",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN_RUN =
            Pattern.compile("(?:[A-Za-z][A-Za-z-]*\\s+){" + (WORDS - 1) + "}[A-Za-z][A-Za-z-]*\\b(?![-'’])");

    private LookupPhrase() {}

    static Optional<String> of(String abstractText, Optional<String> method) {
        String chosen = null;
        int from = 0;
        String second = null;
        int count = 0;
        Matcher s = SENTENCE.matcher(abstractText);
        while (s.find() && chosen == null) {
            String sentence = s.group().strip();
            count++;
            if (count == 2) {
                second = sentence;
            }
            Matcher intro = INTRO.matcher(sentence);
            if (method.isPresent() && sentence.contains(method.get())) {
                chosen = sentence;
                from = sentence.indexOf(method.get());
            } else if (intro.find()) {
                chosen = sentence;
                from = intro.start();
            }
        }
        for (String sentence : new String[] {chosen, second}) {
            if (sentence != null) {
                Matcher run = PLAIN_RUN.matcher(sentence);
                if (run.find(sentence == chosen ? from : 0) || run.find(0)) {
                    return Optional.of(run.group().replaceAll("\\s+", " "));
                }
            }
        }
        return Optional.empty();
    }
}
