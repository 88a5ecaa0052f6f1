package dev.sitegen.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class TopicPaletteTest {

    @Test
    void hasAtLeastSevenDistinctColours() {
        assertTrue(TopicPalette.COLOURS.size() >= 7);
        assertEquals(TopicPalette.COLOURS.size(), new HashSet<>(TopicPalette.COLOURS).size());
    }

    @Test
    void everyColourHasNonTextContrastOnLightAndDarkBackgrounds() {
        for (String colour : TopicPalette.COLOURS) {
            assertTrue(contrast(colour, "#FFFFFF") >= 3, colour + " on white: " + contrast(colour, "#FFFFFF"));
            assertTrue(contrast(colour, "#121212") >= 3, colour + " on dark: " + contrast(colour, "#121212"));
        }
    }

    @Test
    void cyclesWhenTopicsOutnumberColours() {
        assertEquals(TopicPalette.colour(0), TopicPalette.colour(TopicPalette.COLOURS.size()));
    }

    /** WCAG 2 contrast ratio. */
    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
