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
import java.util.regex.Pattern;

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

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

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
        Map<String, List<Mention>> bySlug = new LinkedHashMap<>();
        for (Paper paper : catalog.papers()) {
            Set<String> carried = new HashSet<>();
            paper.tags().stream().map(TagRef::slug).forEach(carried::add);
            Map<String, Integer> weights = count(text(paper), slugsByPhrase, specific, prefixes, longest);
            weights.forEach((slug, weight) -> {
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

    /** How strongly each tag is named in {@code words}; a phrase is only grown while some tag's phrase starts so. */
    private static Map<String, Integer> count(
            List<String> words,
            Map<String, Set<String>> slugsByPhrase,
            Set<String> specific,
            Set<String> prefixes,
            int longest) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder phrase = new StringBuilder();
            for (int n = 0; n < longest && i + n < words.size(); n++) {
                if (n > 0) {
                    phrase.append(' ');
                }
                phrase.append(words.get(i + n));
                String p = phrase.toString();
                Set<String> slugs = slugsByPhrase.get(p);
                if (slugs != null) {
                    int weight = specific.contains(p) ? MIN_MENTIONS : 1;
                    slugs.forEach(s -> counts.merge(s, weight, Integer::sum));
                }
                if (!prefixes.contains(p)) {
                    break;
                }
            }
        }
        return counts;
    }

    /** Lower-case words, hyphens and other marks as breaks, a plural s dropped from words of four letters or more. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                words.add(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return words;
    }
}
