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
        Map<String, Set<String>> slugsByPhrase = new HashMap<>();
        Set<String> specific = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        int longest = 0;
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
                longest = Math.max(longest, words.size());
                String phrase = String.join(" ", words);
                slugsByPhrase.computeIfAbsent(phrase, k -> new HashSet<>()).add(tag.slug());
                if (words.size() > 1
                        || spelling.chars().filter(Character::isUpperCase).count() > 1) {
                    specific.add(phrase);
                }
                for (int n = 1; n < words.size(); n++) {
                    prefixes.add(String.join(" ", words.subList(0, n)));
                }
            }
        }
        Phrases phrases = new Phrases(slugsByPhrase, specific, prefixes, longest);
        // Counting is independent per paper and most of this stage's cost; the mentions are gathered in catalog order.
        List<Map<String, Integer>> weightsByPaper = catalog.papers().parallelStream()
                .map(paper -> phrases.count(text(paper)))
                .toList();
        Map<String, List<Mention>> bySlug = new LinkedHashMap<>();
        for (int i = 0; i < weightsByPaper.size(); i++) {
            Paper paper = catalog.papers().get(i);
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

    /** The tags' written phrases, looked up word by word; a phrase is only grown while some tag's phrase starts so. */
    private record Phrases(
            Map<String, Set<String>> slugsByPhrase, Set<String> specific, Set<String> prefixes, int longest) {
        /** How strongly each tag is named in {@code words}. */
        Map<String, Integer> count(List<String> words) {
            Map<String, Integer> counts = new HashMap<>();
            for (int i = 0; i < words.size(); i++) {
                String phrase = words.get(i);
                for (int n = 1; ; n++) {
                    Set<String> slugs = slugsByPhrase.get(phrase);
                    if (slugs != null) {
                        int weight = specific.contains(phrase) ? MIN_MENTIONS : 1;
                        slugs.forEach(s -> counts.merge(s, weight, Integer::sum));
                    }
                    if (n == longest || i + n == words.size() || !prefixes.contains(phrase)) {
                        break;
                    }
                    phrase = phrase + ' ' + words.get(i + n);
                }
            }
            return counts;
        }
    }

    /** Lower-case words, hyphens and other marks as breaks, a plural s dropped from words of four letters or more. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); ) {
            int c = i < lower.length() ? lower.codePointAt(i) : ' ';
            boolean inWord = Character.isLetter(c) || isNumber(c);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(singular(lower.substring(start, i)));
                start = -1;
            }
            i += i < lower.length() ? Character.charCount(c) : 1;
        }
        return words;
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                ? word.substring(0, word.length() - 1)
                : word;
    }
}
