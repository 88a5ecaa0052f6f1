package dev.sitegen.search;

import java.util.Map;
import java.util.Set;

/**
 * A light Porter2 (Snowball English) stemmer, so {@code tokenizer}, {@code tokenizers},
 * {@code tokenization} and {@code tokenize} all index as {@code tokeniz}.
 * {@code templates/assets/search-engine.js} has the same algorithm for queries and
 * {@code src/test/resources/search/stemmer-golden.json} pins both.
 *
 * <p>It is snowballstem.org's {@code english.sbl} as of Snowball 3.1 without its step 4, for words of
 * three or more ASCII letters. Step 4 strips derivational endings (-ize, -er, -ion, -ment, -al…), which
 * merges {@code tokenizer} with {@code token} (250 papers say "tokens"), {@code reasoner} with
 * {@code reasoning} and {@code alignment} with {@code align}: too coarse for a reader's query. Steps
 * 1–3 and 5 still join plurals, -ed/-ing forms and -ization/-izer/-ize. On the 8,672 such words of the
 * ICLR digest it gives the stem of the reference implementation with step 4 turned off for every one.
 * A word of anything else (digits, hyphens, other scripts) is not stemmed.
 *
 * <pre>{@code EnglishStemmer.stem("tokenization")  // "tokeniz"}</pre>
 */
public final class EnglishStemmer {

    private static final String[] R1_PREFIXES = {
        "gener", "commun", "arsen", "emerg", "inter", "later", "organ", "past", "univers"
    };
    private static final Map<String, String> EXCEPTIONS = Map.ofEntries(
            Map.entry("skis", "ski"),
            Map.entry("skies", "sky"),
            Map.entry("idly", "idl"),
            Map.entry("gently", "gentl"),
            Map.entry("ugly", "ugli"),
            Map.entry("early", "earli"),
            Map.entry("only", "onli"),
            Map.entry("singly", "singl"),
            Map.entry("sky", "sky"),
            Map.entry("news", "news"),
            Map.entry("howe", "howe"),
            Map.entry("atlas", "atlas"),
            Map.entry("cosmos", "cosmos"),
            Map.entry("bias", "bias"),
            Map.entry("andes", "andes"));
    private static final Set<String> KEEP_EED = Set.of("succ", "proc", "exc");
    private static final Set<String> KEEP_ING = Set.of("even", "cann", "inn", "earr", "herr", "out");
    private static final String[] STEP2 = {
        "ational", "ate", "tional", "tion", "ization", "ize", "iveness", "ive", "fulness", "ful", "ousness", "ous",
        "lessli", "less", "biliti", "ble", "alism", "al", "aliti", "al", "ation", "ate", "ogist", "og", "entli", "ent",
        "fulli", "ful", "iviti", "ive", "ousli", "ous", "alli", "al", "abli", "able", "enci", "ence", "anci", "ance",
        "izer", "ize", "ator", "ate", "bli", "ble", "ogi", "og", "li", ""
    };
    private static final String[] STEP3 = {
        "ational", "ate", "tional", "tion", "alize", "al", "icate", "ic", "iciti", "ic", "ative", "", "ical", "ic",
        "ness", "", "ful", ""
    };

    private EnglishStemmer() {}

    /** Whether {@code word} is one the stemmer applies to: three or more ASCII lower-case letters. */
    public static boolean stems(String word) {
        if (word.length() < 3) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** The stem of a lower-case word; the word itself when {@link #stems} is false for it. */
    public static String stem(String word) {
        if (!stems(word)) {
            return word;
        }
        String exception = EXCEPTIONS.get(word);
        if (exception != null) {
            return exception;
        }
        return new Word(word).stem();
    }

    /** One word being stemmed: its letters (with {@code Y} for a consonant y) and its regions R1 and R2. */
    private static final class Word {
        private final StringBuilder b;
        private int r1;
        private int r2;

        Word(String word) {
            b = new StringBuilder(word);
            if (b.charAt(0) == 'y') {
                b.setCharAt(0, 'Y');
            }
            for (int i = 1; i < b.length(); i++) {
                if (b.charAt(i) == 'y' && isVowel(b.charAt(i - 1))) {
                    b.setCharAt(i, 'Y');
                }
            }
            r1 = regionAfter(0);
            for (String prefix : R1_PREFIXES) {
                if (word.startsWith(prefix)) {
                    r1 = prefix.length();
                    break;
                }
            }
            r2 = regionAfter(r1);
        }

        String stem() {
            step1a();
            step1b();
            step1c();
            replaceInR1(STEP2);
            replaceInR1(STEP3);
            step5();
            return b.toString().replace('Y', 'y');
        }

        /** The start of the region after the first non-vowel that follows a vowel, searching from {@code from}. */
        private int regionAfter(int from) {
            for (int i = from + 1; i < b.length(); i++) {
                if (!isVowel(b.charAt(i)) && isVowel(b.charAt(i - 1))) {
                    return i + 1;
                }
            }
            return b.length();
        }

        private static boolean isVowel(char c) {
            return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
        }

        private boolean ends(String suffix) {
            return b.length() >= suffix.length() && b.indexOf(suffix, b.length() - suffix.length()) >= 0;
        }

        private void replace(String suffix, String with) {
            b.setLength(b.length() - suffix.length());
            b.append(with);
        }

        private boolean hasVowel(int end) {
            for (int i = 0; i < end; i++) {
                if (isVowel(b.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        private void step1a() {
            if (ends("sses")) {
                replace("sses", "ss");
            } else if (ends("ied") || ends("ies")) {
                replace("ies", b.length() > 4 ? "i" : "ie");
            } else if (ends("us") || ends("ss")) {
                return;
            } else if (ends("s") && hasVowel(b.length() - 2)) {
                replace("s", "");
            }
        }

        private void step1b() {
            for (String suffix : new String[] {"eedly", "eed"}) {
                if (ends(suffix)) {
                    String stem = b.substring(0, b.length() - suffix.length());
                    if (b.length() - suffix.length() >= r1 && !KEEP_EED.contains(stem)) {
                        replace(suffix, "ee");
                    }
                    return;
                }
            }
            if (ends("ing")) {
                // Snowball 3: dying → die, and inning, outing, evening… keep their ending.
                String stem = b.substring(0, b.length() - 3);
                if (stem.length() == 2 && !isVowel(stem.charAt(0)) && stem.charAt(1) == 'y') {
                    replace("ing", "");
                    replace("y", "ie");
                    return;
                }
                if (KEEP_ING.contains(stem)) {
                    return;
                }
            }
            for (String suffix : new String[] {"ingly", "edly", "ing", "ed"}) {
                if (ends(suffix)) {
                    if (hasVowel(b.length() - suffix.length())) {
                        replace(suffix, "");
                        afterEdOrIng();
                    }
                    return;
                }
            }
        }

        private void afterEdOrIng() {
            if (ends("at") || ends("bl") || ends("iz")) {
                b.append('e');
            } else if (endsWithDouble()) {
                // Snowball 3: add, egg, off keep their double letter.
                if (!(b.length() == 3 && "aeo".indexOf(b.charAt(0)) >= 0)) {
                    b.setLength(b.length() - 1);
                }
            } else if (isShort()) {
                b.append('e');
            }
        }

        private boolean endsWithDouble() {
            int n = b.length();
            return n >= 2 && b.charAt(n - 1) == b.charAt(n - 2) && "bdfgmnprt".indexOf(b.charAt(n - 1)) >= 0;
        }

        private boolean isShort() {
            return r1 >= b.length() && endsWithShortSyllableBefore(b.length());
        }

        /** Whether the letters before {@code n} end in a short syllable. */
        private boolean endsWithShortSyllableBefore(int n) {
            if (n >= 4 && b.substring(n - 4, n).equals("past")) {
                return true;
            }
            if (n == 2) {
                return isVowel(b.charAt(0)) && !isVowel(b.charAt(1));
            }
            return n >= 3
                    && !isVowel(b.charAt(n - 3))
                    && isVowel(b.charAt(n - 2))
                    && !isVowel(b.charAt(n - 1))
                    && "wxY".indexOf(b.charAt(n - 1)) < 0;
        }

        private void step1c() {
            int n = b.length();
            if (n > 2 && (b.charAt(n - 1) == 'y' || b.charAt(n - 1) == 'Y') && !isVowel(b.charAt(n - 2))) {
                b.setCharAt(n - 1, 'i');
            }
        }

        /** Steps 2 and 3: the longest listed suffix, replaced when it lies in R1 (and for some, more). */
        private void replaceInR1(String[] pairs) {
            String found = null;
            int at = -1;
            for (int i = 0; i < pairs.length; i += 2) {
                if (ends(pairs[i]) && (found == null || pairs[i].length() > found.length())) {
                    found = pairs[i];
                    at = i;
                }
            }
            if (found == null || b.length() - found.length() < r1) {
                return;
            }
            int stem = b.length() - found.length();
            boolean ok = switch (found) {
                case "li" -> stem > 0 && "cdeghkmnrt".indexOf(b.charAt(stem - 1)) >= 0;
                case "ogi" -> stem > 0 && b.charAt(stem - 1) == 'l';
                case "ative" -> stem >= r2;
                default -> true;
            };
            if (ok) {
                replace(found, pairs[at + 1]);
            }
        }

        private void step5() {
            int n = b.length();
            if (n == 0) {
                return;
            }
            if (b.charAt(n - 1) == 'e') {
                if (n - 1 >= r2 || n - 1 >= r1 && !endsWithShortSyllableBefore(n - 1)) {
                    b.setLength(n - 1);
                }
            } else if (b.charAt(n - 1) == 'l' && n - 1 >= r2 && n >= 2 && b.charAt(n - 2) == 'l') {
                b.setLength(n - 1);
            }
        }
    }
}
