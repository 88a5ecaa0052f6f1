package dev.sitegen.catalog;

/**
 * Word-level pieces of tag folding: an acronym's plural s and a word's singular. The whole fold is
 * {@link TagFolding#fold}; {@link #fold} stays as its old name.
 */
final class TagKey {
    private TagKey() {}

    static String fold(String written) {
        return TagFolding.fold(written);
    }

    static String stripPlural(String acronym) {
        return acronym.length() > 2
                        && acronym.endsWith("s")
                        && Character.isUpperCase(acronym.charAt(acronym.length() - 2))
                ? acronym.substring(0, acronym.length() - 1)
                : acronym;
    }

    /** Only needs to be consistent, not correct English: both forms of a word must meet. */
    static String singular(String w) {
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
}
