package dev.sitegen.catalog;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a clause of an abstract into a title phrase: filler dropped ("novel", "simple yet effective"),
 * parentheses and trailing asides removed, the head relative clause as a gerund ("a framework that improves X"
 * → "framework improving X"), cut at a phrase boundary (never inside a word or a number such as 26,610 or 1.5B,
 * never after a preposition or article) and set in title case, as published titles are.
 */
final class TitlePhrase {
    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:a|an|the|our|this|these|its|their|new|novel|first|simple|innovative|powerful|effective|"
                    + "simple(?: yet| but| and) effective|surprisingly simple|concept of|(?:kind|type|form|class) of)(?:\\s+|$))+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FILLER = Pattern.compile(
            "\\b(?:novel|innovative|these|simple(?: yet| but| and) (?:effective|efficient|powerful)|surprisingly simple|"
                    + "simple(?: yet| but)|effective(?: yet| but))\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PARENTHESES = Pattern.compile("\\s*[(\\[][^()\\[\\]]*[)\\]]");
    /** Where an aside begins: what follows adds detail a title leaves out. */
    private static final Pattern ASIDE = Pattern.compile(
            ",\\s+(?:which|while|whereas|thereby|thus|enabling|achieving|resulting|leading|allowing|making|yielding|"
                    + "demonstrating|showing|outperforming|surpassing|attaining|reaching|obtaining|"
                    + "where|and thus|and thereby|e\\.g|i\\.e|including|such as|a|an)\\b|\\s(?:e\\.g|i\\.e)\\.|;|:|\\s[—–]\\s|—|\\s--\\s"
                    + "|\\.\\s*$");

    private static final Pattern PURPOSE = Pattern.compile(
            "\\s(?:specifically\\s+|explicitly\\s+)?(?:designed|developed|built|proposed|intended|tailored|aimed|aiming|used)\\s+to\\s",
            Pattern.CASE_INSENSITIVE);
    /** "that (directly) reuses": the adverb goes with the relative pronoun, titles say "Reusing". */
    private static final Pattern RELATIVE = Pattern.compile("(?:that|which)\\s+(?:[a-z]+ly\\s+)?([a-z]+)\\b");
    /** Where the kind of thing ends and what it does begins. */
    private static final Pattern CONNECTOR = Pattern.compile(
            "(?:,\\s*|\\s)(?:(?:that|which)(?!\\s+(?:of|the|a|an|is|are|was|were)\\b)|for|to|via|with|by|through|using|based on|built on|trained|capable of|where|"
                    + "in which|from|on|in|of how|across)\\s");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> SMALL = Set.of(
            "a", "an", "the", "and", "but", "or", "nor", "for", "of", "in", "on", "at", "to", "by", "via", "with",
            "from", "as", "vs", "into", "onto", "over", "per", "than", "versus");
    private static final Set<String> GENERIC_KIND = Set.of("""
            framework method approach technique algorithm strategy paradigm recipe pipeline system
            mechanism scheme tool procedure solution module methodology frameworks methods
            approaches techniques strategies
            """.strip().split("\\s+"));
    private static final Pattern PURPOSE_VERB = Pattern.compile("(for|to) (?:[a-z]+ly )?([a-z]+(?:-[a-z]+)?)\\b");
    private static final Pattern BASE_AND_VERB = Pattern.compile("^(?:\\s[a-z][\\w-]*){0,3}?(\\sand\\s)([a-z]+)\\b");
    private static final Set<String> COMMON_VERBS = Set.of("""
            enhance improve reduce handle enforce mitigate detect generate identify apply evaluate
            analyze optimize accelerate boost stabilize refine remove eliminate prevent preserve
            achieve enable support align adapt control select learn correct verify explain predict
            quantify measure compress retrieve update
            """.strip().split("\\s+"));
    private static final Pattern AND_VERB = Pattern.compile("\\band ([a-z]+s)\\b");
    /** Two-syllable verbs stressed on the end double their last consonant ("embedding"); no rule tells them apart. */
    private static final Set<String> DOUBLED_STRESSED = Set.of("""
            embed omit admit submit permit commit emit transmit refer prefer infer confer control
            patrol compel propel occur incur recur regret forget begin upset equip
            """.strip().split("\\s+"));

    private static final Pattern LEADING_TO = Pattern.compile("^to ([a-z]+)\\b");
    private static final Pattern TO_GERUND = Pattern.compile("^to ([a-z]+ing)\\b");
    private static final Pattern GERUND_START = Pattern.compile("[a-z]+ing\\b");
    private static final Pattern DOUBLE = Pattern.compile("^[^aeiou]*[aeiou][bdgmnprt]$");
    private static final Pattern SIBILANT_ES = Pattern.compile(".*(?:ss|sh|ch|x|z)es");

    private TitlePhrase() {}

    /** The text without leading articles and filler ("a novel", "the", "our simple yet effective"). */
    static String withoutLeading(String text) {
        return LEADING.matcher(text.strip()).replaceFirst("");
    }

    /** A clause as a kind of thing ("training-free framework") and what it does ("improving X by Y"). */
    record Phrase(String kind, String tail) {
        /** Kind and tail as one phrase. */
        String whole() {
            return (kind + " " + tail).strip();
        }

        /**
         * What the thing does, as titles say it, when its kind says nothing ("framework", "method"): "a framework
         * for teaching judges" → "teaching judges", "a method to enhance reasoning" → "enhancing reasoning";
         * otherwise the whole phrase.
         */
        String action() {
            String head = kind.substring(kind.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            // With no kind at all ("we propose X to schedule tasks"), the purpose is all there is to say.
            if (!GENERIC_KIND.contains(head) && !kind.isEmpty() || tail.isEmpty()) {
                return whole();
            }
            Matcher purpose = PURPOSE_VERB.matcher(tail);
            if (purpose.lookingAt()) {
                String verb = purpose.group(2);
                String gerund = purpose.group(1).equals("to") ? baseGerund(verb) : verb;
                String rest = tail.substring(purpose.end(2));
                return gerund == null ? whole() : gerund + (gerund.equals(verb) ? rest : baseAndGerund(rest));
            }
            if (kind.isEmpty() && tail.startsWith("for ")) {
                // "we propose X for Federated Data Preparation": the purpose is the phrase.
                return tail.substring(4);
            }
            return GERUND_START.matcher(tail).lookingAt() ? tail : whole();
        }
    }

    /** "to schedule tasks" → "scheduling tasks": a purpose standing as a name's long form reads as an action. */
    static String purposeAsAction(String phrase) {
        Matcher to = LEADING_TO.matcher(phrase);
        String gerund = to.lookingAt() ? baseGerund(to.group(1)) : null;
        return gerund == null ? phrase : gerund + phrase.substring(to.end(1));
    }

    /** The clause as a compact phrase, not yet cut or title-cased. */
    static Phrase compact(String clause) {
        // A leading space lets a clause that starts with its connector ("which aggregates …") split at once.
        String s = " " + PARENTHESES.matcher(clause).replaceAll("");
        Matcher aside = ASIDE.matcher(s);
        if (aside.find() && aside.start() > 1) {
            s = s.substring(0, aside.start());
        }
        s = PURPOSE.matcher(s).replaceFirst(" to ");
        Matcher connector = CONNECTOR.matcher(s);
        int split = connector.find() ? connector.start() : s.length();
        String kind = FILLER.matcher(withoutLeading(s.substring(0, split))).replaceAll("");
        String tail = s.substring(split).replaceFirst("^,", "").strip();
        Matcher relative = RELATIVE.matcher(tail);
        if (relative.lookingAt()) {
            String gerund = gerund(relative.group(1));
            if (gerund != null) {
                tail = gerund + andGerund(tail.substring(relative.end()));
            }
        }
        // "an approach to training X": after a noun, "to" before an -ing form is a purpose, as "for" says it.
        tail = TO_GERUND.matcher(tail).replaceFirst("for $1");
        return new Phrase(
                spaced(BackReferences.without(kind)),
                spaced(BackReferences.without(FILLER.matcher(tail).replaceAll(""))));
    }

    /** The text with each run of white space one space, stripped. */
    static String spaced(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** "X and truncates Y" after a gerund: "X and truncating Y", so both verbs read alike. */
    private static String andGerund(String rest) {
        Matcher and = AND_VERB.matcher(rest);
        String gerund = and.find() ? gerund(and.group(1)) : null;
        return gerund == null ? rest : rest.substring(0, and.start(1)) + gerund + rest.substring(and.end(1));
    }

    /**
     * "recognize and handle X", "trim reasoning and enhance X" after the first verb became "recognizing": the
     * second verb reads alike. Right after the first verb any word is a verb; further on, only a common one.
     */
    private static String baseAndGerund(String rest) {
        Matcher and = BASE_AND_VERB.matcher(rest);
        if (!and.find()) {
            return rest;
        }
        String verb = and.group(2);
        boolean adjacent = and.start(1) == 0;
        String gerund = adjacent || COMMON_VERBS.contains(verb) ? baseGerund(verb) : null;
        return gerund == null ? rest : rest.substring(0, and.start(2)) + gerund + rest.substring(and.end(2));
    }

    /** The -ing form of a verb's base form ("enhance" → "enhancing"), or null for a word ending in -ing already. */
    static String baseGerund(String verb) {
        if (verb.endsWith("ing") || verb.length() < 2) {
            return null;
        }
        if (DOUBLED_STRESSED.contains(verb)) {
            return verb + verb.charAt(verb.length() - 1) + "ing";
        }
        if (verb.endsWith("ie")) {
            return verb.substring(0, verb.length() - 2) + "ying";
        }
        if (verb.endsWith("e") && !verb.endsWith("ee")) {
            return verb.substring(0, verb.length() - 1) + "ing";
        }
        String last = verb.substring(verb.lastIndexOf('-') + 1);
        return DOUBLE.matcher(last).matches() ? verb + verb.charAt(verb.length() - 1) + "ing" : verb + "ing";
    }

    /** The -ing form of a third-person verb ("improves" → "improving"), or null if the word is not one. */
    static String gerund(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (v.length() < 3
                || !v.endsWith("s")
                || v.endsWith("ss")
                || Set.of("is", "has", "was", "does", "thus", "its").contains(v)) {
            return null;
        }
        if (v.endsWith("ies")) {
            return v.substring(0, v.length() - 3) + "ying";
        }
        if (SIBILANT_ES.matcher(v).matches()) {
            return v.substring(0, v.length() - 2) + "ing";
        }
        String base = v.substring(0, v.length() - 1);
        if (base.endsWith("ee") || base.endsWith("ye") || base.endsWith("oe")) {
            return base + "ing";
        }
        if (base.endsWith("e")) {
            return base.substring(0, base.length() - 1) + "ing";
        }
        if (DOUBLED_STRESSED.contains(base)) {
            return base + base.charAt(base.length() - 1) + "ing";
        }
        return DOUBLE.matcher(base).matches() ? base + base.charAt(base.length() - 1) + "ing" : base + "ing";
    }

    /** Title case: major words capitalised (each part of a hyphenated word), small words lower case, names as written. */
    static String titleCase(String phrase) {
        String[] words = phrase.split(" ");
        StringBuilder out = new StringBuilder(phrase.length());
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(i > 0 && SMALL.contains(words[i]) ? words[i] : capitalised(words[i]));
        }
        return out.toString();
    }

    private static String capitalised(String word) {
        if (word.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
            return word;
        }
        String[] parts = word.split("-", -1);
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append('-');
            }
            String part = parts[i];
            out.append(i > 0 && SMALL.contains(part) ? part : upperFirstLetter(part));
        }
        return out.toString();
    }

    private static String upperFirstLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return s.substring(0, i) + Character.toUpperCase(s.charAt(i)) + s.substring(i + 1);
            }
        }
        return s;
    }
}
