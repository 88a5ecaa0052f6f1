package dev.sitegen.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes out of a title phrase the part that points back to the abstract's earlier sentences ("addressing this
 * issue", "to tackle this challenge", "enabling us to …", "addressing limitations" without saying whose): a title
 * has nothing before it to point to. The phrase keeps what comes before that part; "bridging this gap by
 * distilling X" keeps its means, "distilling X".
 */
final class BackReferences {
    private static final String LIMITS = "(?:limitations|challenges|issues|problems|shortcomings|drawbacks|gaps)";
    /** A word that points back. Each lookahead lets its lookbehind run only where its words start, not at every word. */
    private static final Pattern POINTER = Pattern.compile(
            "\\b(?:(?i:this|these|those|aforementioned|above-mentioned)|(?i:such)(?!\\s+as\\b)|the above|us|our"
                    + "|(?=it|them)(?<!\\bto [a-z]{1,20} )(?:it|them)"
                    + "|(?=" + LIMITS + ")(?<=(?:address|overcom|tackl|resolv|mitigat)(?:e|es|ing) )" + LIMITS
                    + "(?!\\s+(?:of|in|with|for|that|which)\\b))\\b");
    /** "bridging this gap by distilling X": what the sentence does about "this" is its means. */
    private static final Pattern MEANS = Pattern.compile("^(?:[^,]*?)\\s(?:by|via|through)\\s+(?=[a-z]+ing\\b)");

    private static final Pattern GERUND = Pattern.compile("^[a-z]+ing\\s");

    private BackReferences() {}

    /**
     * The phrase up to the boundary before its first pointing word. With no boundary before it, a phrase that
     * opens on its verb or a preposition ("handling such constraints", "to tackle this challenge") has nothing
     * left and is empty; a statement with a subject
     * ("a scaling law describes this relationship") stays whole.
     */
    static String without(String phrase) {
        Matcher pointer = POINTER.matcher(phrase);
        if (!pointer.find()) {
            return phrase;
        }
        int boundary = PhraseCut.lastBoundary(phrase, pointer.start());
        if (boundary > 0) {
            return PhraseCut.cut(phrase.substring(0, boundary), boundary);
        }
        Matcher means = MEANS.matcher(phrase);
        if (means.lookingAt() && means.end() > pointer.start()) {
            return without(phrase.substring(means.end()));
        }
        String first = phrase.strip().split(" ")[0];
        return GERUND.matcher(phrase).lookingAt() || PhraseCut.opensPhrase(first) ? "" : phrase;
    }
}
