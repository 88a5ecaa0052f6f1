package dev.sitegen.catalog;

import dev.sitegen.digest.DigestEntry;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives an English title for a paper (the digest has none) from its abstract, as published titles are
 * written: {@code NAME: Long Form for Purpose} when the paper introduces a named method ("we propose Long Form
 * (NAME), a framework for …"), else its contribution or finding as a phrase ("we show that X" → "X"), the
 * TL;DR standing in where the abstract says neither. Plain text in title case, whole (cut at a phrase boundary,
 * never with an ellipsis), at most {@value #MAX} characters, unique across the site ({@code (2)}, {@code (3)}
 * in digest order).
 */
final class Titles {
    static final int MAX = 100;
    /**
     * Longer phrases are cut at a phrase boundary. Published ML titles run about 70–75 characters (ten words);
     * a derived phrase past 80 is mostly a sentence's second half (the means, the setting), which costs the reader
     * more than it tells.
     */
    static final int SOFT_MAX = 80;

    private static final Pattern WE_LEAD = Pattern.compile(
            "^(?:(?:Propose|Introduce|Present)s?\\s+|(?:In this (?:paper|work),?\\s*)?(?:We|This paper|This work|The paper|This study|Our work)\\s+(?:\\w+ly\\s+)?"
                    + "(?:propose|introduce|present|show|study|find|develop|investigate|demonstrate|reveal|identify|prove|argue|"
                    + "observe|establish|uncover|discover|"
                    + "explore|examine|revisit|provide|analy[sz]e|unveil|design|build|release)s?\\s+(?:that\\s+|for\\s+(?=[a-z]+ing\\b))?)",
            Pattern.CASE_INSENSITIVE);

    /** What a descriptor cannot start with once the name is taken off: ", a model …" → "model …". */
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s,;:.)]+(?:(?:a|an|the)\\s+)?");

    private static final Pattern AUTHORS = Pattern.compile("(?:We|Our|Us)\\b");
    private static final Pattern CLAUSE = Pattern.compile(",? (?:that |which |[a-z]+ing\\b)");

    private final Set<String> issued = new HashSet<>();

    /**
     * The title a paper would have if no other paper had it; pure, so papers may be titled in parallel.
     * {@link #unique} then numbers repeats.
     */
    String base(DigestEntry entry, String abstractText, Optional<String> method) {
        List<String> sentences = Sentences.of(PlainText.of(abstractText));
        List<String> tldr = entry.tldr().map(t -> Sentences.of(PlainText.of(t))).orElse(List.of());
        String title = method.flatMap(m -> named(m, sentences, tldr)).orElseGet(() -> unnamed(method, sentences, tldr));
        return title.isBlank() ? "Paper at " + entry.source() : balanced(title);
    }

    /** {@code base}, numbered if an earlier paper has it; call in digest order so numbers are stable. */
    String unique(String base) {
        String title = base;
        for (int n = 2; !issued.add(title); n++) {
            title = PhraseCut.cut(base, MAX - 5) + " (" + n + ")";
        }
        return title;
    }

    /** "NAME: Long Form what-it-does", or "NAME: kind what-it-does", from the sentence that introduces it. */
    private static Optional<String> named(String method, List<String> sentences, List<String> tldr) {
        return Introductions.named(sentences, method)
                .or(() -> Introductions.named(tldr, method))
                .map(named -> {
                    TitlePhrase.Phrase phrase = TitlePhrase.compact(named.rest());
                    String what = named.longForm()
                            .map(l -> TitlePhrase.purposeAsAction(l) + " " + phrase.tail())
                            .orElse(
                                    named.kind().isBlank()
                                            ? phrase.action()
                                            : TitlePhrase.withoutLeading(named.kind()) + " " + phrase.tail());
                    return withoutName(what.strip(), method);
                })
                .filter(d -> d.split(" ").length >= 2)
                .map(d -> withName(method, d));
    }

    /** The paper's contribution or finding as a phrase, after the method's name if there is one. */
    private static String unnamed(Optional<String> method, List<String> sentences, List<String> tldr) {
        List<Supplier<Optional<String>>> sources = List.of(
                () -> tldr.stream().findFirst().flatMap(Titles::statement).filter(t -> t.split(" ").length >= 4),
                () -> Introductions.contribution(sentences)
                        .map(c -> statement(c).orElse(c)),
                () -> Introductions.action(sentences).flatMap(Leads::action).map(Leads::firstClaim),
                // The opening sentence is background ("Large language models have …"): a title only when the
                // paper has no name to stand alone.
                () -> method.isPresent()
                        ? Optional.empty()
                        : sentences.stream().findFirst().flatMap(Titles::statement));
        String name = method.orElse("");
        // A phrase of one word after the name ("Framework", "Pipeline") says nothing: the next source may say more.
        String descriptor = sources.stream()
                .map(Supplier::get)
                .flatMap(Optional::stream)
                .map(c -> withoutName(TitlePhrase.compact(c).action(), name))
                .filter(d -> saysSomething(d, name))
                .findFirst()
                .orElse("");
        if (method.isPresent()) {
            return descriptor.isBlank() ? name : withName(name, descriptor);
        }
        return TitlePhrase.titleCase(Restatements.without("", PhraseCut.cut(descriptor, SOFT_MAX)));
    }

    /** Whether a descriptor says more than the name: two words besides the name. */
    private static boolean saysSomething(String descriptor, String name) {
        Set<String> named = Set.of(name.split(" "));
        String[] words = PhraseCut.cut(descriptor, SOFT_MAX).split(" ");
        return Arrays.stream(words).filter(w -> !named.contains(w)).count() >= 2;
    }

    /**
     * A statement as a title phrase: "We show that X" → "X", "We train X" → "training X"; empty if it still
     * speaks as the authors ("We …", "Our …"), which no title does.
     */
    static Optional<String> statement(String sentence) {
        String stripped = WE_LEAD.matcher(Leads.withoutScene(sentence)).replaceFirst("");
        String phrase = Leads.action(stripped).orElseGet(() -> Leads.withoutScene(stripped));
        return AUTHORS.matcher(phrase).lookingAt() ? Optional.empty() : Optional.of(Leads.firstClaim(phrase));
    }

    /**
     * The title without a bracket or quote that a cut or the source left unpaired ("RoT: … Composable
     * “Thought\" Steps"): an unpaired bracket goes; quotes that do not pair up all go, the words stay.
     */
    static String balanced(String title) {
        StringBuilder out = new StringBuilder(title.length());
        int depth = 0;
        for (char c : title.toCharArray()) {
            if (c == '(') {
                depth += title.indexOf(')', out.length()) > 0 ? 1 : 0;
                if (depth == 0) {
                    continue;
                }
            } else if (c == ')') {
                if (depth == 0) {
                    continue;
                }
                depth--;
            }
            out.append(c);
        }
        String s = out.toString();
        long open = s.chars().filter(c -> c == '“').count();
        long close = s.chars().filter(c -> c == '”').count();
        long straight = s.chars().filter(c -> c == '"').count();
        boolean paired = straight == 0 ? open == close : open + close == 0 && straight % 2 == 0;
        return paired ? s : TitlePhrase.spaced(s.replaceAll("[\"“”]", ""));
    }

    private static String withName(String method, String descriptor) {
        int room = Math.max(SOFT_MAX - method.length() - 2, 24);
        String cut = Restatements.without(
                method, PhraseCut.cut(LEADING_MARKS.matcher(descriptor).replaceFirst(""), room));
        return cut.isBlank() ? method : method + ": " + TitlePhrase.titleCase(cut);
    }

    /**
     * The descriptor without the method's own name, which the title already starts with: "A²FM is a unified
     * 32B model" → "unified 32B model". Names are compared in NFKC form, so A²FM matches A2FM.
     */
    static String withoutName(String descriptor, String method) {
        String folded = Normalizer.normalize(descriptor, Normalizer.Form.NFKC);
        String name = Normalizer.normalize(method, Normalizer.Form.NFKC);
        if (name.isEmpty() || folded.length() != descriptor.length()) {
            return descriptor;
        }
        if (!folded.startsWith(name)) {
            // "new architecture Transformer-X that generalizes …": the name after its kind says it twice.
            int at = beforeClause(" " + folded, name);
            return at > 0 && at < 60
                    ? descriptor.substring(0, at - 1) + descriptor.substring(at + name.length())
                    : descriptor;
        }
        String after = descriptor.substring(name.length()).replaceFirst("^[\\s,:)]*(?:(?:is|are|which|that)\\s+)*", "");
        return TitlePhrase.withoutLeading(after);
    }

    /** Where {@code name}, after a space in {@code text}, is first followed by a clause ("that …", "which …", "-ing …"), or -1. */
    private static int beforeClause(String text, String name) {
        Matcher clause = CLAUSE.matcher(text);
        String spaced = " " + name;
        for (int at = text.indexOf(spaced); at >= 0; at = text.indexOf(spaced, at + 1)) {
            if (clause.region(at + spaced.length(), text.length()).lookingAt()) {
                return at + 1;
            }
        }
        return -1;
    }
}
