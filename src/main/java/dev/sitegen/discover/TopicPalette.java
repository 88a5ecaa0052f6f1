package dev.sitegen.discover;

import java.util.List;

/**
 * Topic colours for the map and its legend: hues from the Okabe–Ito / Paul Tol colour-blind-safe
 * sets, darkened or lightened so each has at least 3:1 contrast (WCAG non-text) against both white
 * and a near-black {@code #121212} background. Topics beyond the palette reuse colours in order.
 */
public final class TopicPalette {

    /** Most distinct first, since most digests have only a handful of topics. */
    public static final List<String> COLOURS =
            List.of("#0077BB", "#D95F02", "#009988", "#E7298A", "#997700", "#7570B3", "#666666", "#228833");

    private TopicPalette() {}

    /** The colour of the topic at {@code index} in catalog order. */
    public static String colour(int index) {
        return COLOURS.get(Math.floorMod(index, COLOURS.size()));
    }
}
