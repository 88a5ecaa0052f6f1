package dev.sitegen.discover;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.model.Tag;
import dev.sitegen.model.TagRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * For each tag, the papers that do not carry it but whose abstract or TL;DR names it (by its name or any of its
 * spellings): once is enough for a name of several words or an acronym ("KV cache", "RLHF"), which is hardly
 * written in passing, while a single word ("Reasoning", "Scaling") must appear {@link #MIN_MENTIONS} times. The
 * KV cache page then reaches the papers that discuss KV caches without tagging them so. Words are compared
 * lower case, hyphens as spaces, a plural s dropped. Context tags ({@link ContextTags}) get none: a third of
 * the digest already carries them.
 */
public final class TagMentions {
    /** How often a single word must be named: once may be in passing; twice means the paper talks about it. */
    public static final int MIN_MENTIONS = 2;

    /** A paper that names a tag it does not carry, and how strongly: a single word counts 1, a specific name 2. */
    public record Mention(String paperId, int weight) {}

    private TagMentions() {}

    /** Mentions per tag slug, most mentions first (then catalog order); tags with none are left out. */
    public static Map<String, List<Mention>> of(Catalog catalog) {
        Set<String> context = ContextTags.of(catalog);
        Map<String, Phrase> phrases = new HashMap<>();
        for (Tag tag : catalog.tags()) {
            if (context.contains(tag.slug())) {
                continue;
            }
            Set<String> written = new HashSet<>(tag.spellings());
            written.add(tag.name());
            for (String spelling : written) {
                List<String> words = words(spelling);
                if (words.isEmpty()) {
                    continue;
                }
                Phrase phrase = phrases.computeIfAbsent(String.join(" ", words), k -> new Phrase());
                phrase.slugs.add(tag.slug());
                if (words.size() > 1
                        || spelling.chars().filter(Character::isUpperCase).count() > 1) {
                    phrase.weight = MIN_MENTIONS;
                }
                for (int n = 1; n < words.size(); n++) {
                    phrases.computeIfAbsent(String.join(" ", words.subList(0, n)), k -> new Phrase()).grows = true;
                }
            }
        }
        // Counting is independent per paper and most of this stage's cost; the mentions are gathered in catalog order.
        List<Paper> papers = catalog.papers();
        List<Map<String, Integer>> weightsByPaper = papers.parallelStream()
                .map(paper -> count(phrases, text(paper)))
                .toList();
        Map<String, List<Mention>> bySlug = new LinkedHashMap<>();
        for (int i = 0; i < weightsByPaper.size(); i++) {
            Paper paper = papers.get(i);
            Set<String> carried = new HashSet<>();
            paper.tags().stream().map(TagRef::slug).forEach(carried::add);
            weightsByPaper.get(i).forEach((slug, weight) -> {
                if (weight >= MIN_MENTIONS && !carried.contains(slug)) {
                    bySlug.computeIfAbsent(slug, k -> new ArrayList<>()).add(new Mention(paper.id(), weight));
                }
            });
        }
        Map<String, List<Mention>> sorted = new LinkedHashMap<>();
        for (Tag tag : catalog.tags()) {
            List<Mention> mentions = bySlug.get(tag.slug());
            if (mentions != null) {
                // A stable sort keeps catalog order among papers with as many mentions.
                mentions.sort(Comparator.comparingInt(m -> -m.weight()));
                sorted.put(tag.slug(), List.copyOf(mentions));
            }
        }
        return sorted;
    }

    private static List<String> text(Paper paper) {
        List<String> words = new ArrayList<>();
        paper.tldr().ifPresent(t -> words.addAll(words(t)));
        paper.abstractParagraphs().forEach(p -> words.addAll(words(p)));
        return words;
    }

    /**
     * A run of words as looked up while reading: the tags it names (none if it only starts a longer phrase), how
     * strongly, and whether some tag's phrase goes on from it, so the run is grown only then. Filled in while the
     * tags are read, then only read.
     */
    private static final class Phrase {
        final Set<String> slugs = new HashSet<>();
        int weight = 1;
        boolean grows;
    }

    /** How strongly each tag is named in {@code words}. */
    private static Map<String, Integer> count(Map<String, Phrase> phrases, List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String text = words.get(i);
            for (int n = 1; ; n++) {
                Phrase phrase = phrases.get(text);
                if (phrase == null) {
                    break;
                }
                phrase.slugs.forEach(s -> counts.merge(s, phrase.weight, Integer::sum));
                if (!phrase.grows || i + n == words.size()) {
                    break;
                }
                text = text + ' ' + words.get(i + n);
            }
        }
        return counts;
    }

    /** Lower-case words, hyphens and other marks as breaks, a plural s dropped from words of four letters or more. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int length = lower.length();
        int start = -1;
        for (int i = 0; i <= length; ) {
            int c = i < length ? lower.codePointAt(i) : ' ';
            boolean inWord = isLetterOrNumber(c);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(lower.substring(start, singularEnd(lower, start, i)));
                start = -1;
            }
            i += Character.charCount(c);
        }
        return words;
    }

    static boolean isLetterOrNumber(int c) {
        // most of the text is ASCII, where the Unicode tables say the same as these ranges
        if (c < 0x80) {
            return TermSplitter.isAsciiLetterOrDigit((char) c);
        }
        return Character.isLetter(c) || isNumber(c);
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Where the singular of the word {@code text[start, end)} ends: a final s goes if the word is long and not "…ss". */
    private static int singularEnd(String text, int start, int end) {
        return end - start > 3 && text.charAt(end - 1) == 's' && text.charAt(end - 2) != 's' ? end - 1 : end;
    }
}
