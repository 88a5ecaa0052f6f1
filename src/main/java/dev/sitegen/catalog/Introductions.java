package dev.sitegen.catalog;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what an abstract says it contributes. Abstracts introduce their method in one sentence, "we propose
 * Long Form (NAME), a kind of thing for a purpose", and state a finding as "we show that …"; this class finds
 * those sentences and returns their parts as raw clauses for {@link TitlePhrase}.
 */
final class Introductions {
    private static final String INTRODUCING =
            "propose|introduce|present|develop|design|build|release|construct|curate|contribute|offer|create";
    private static final Pattern INTRO =
            Pattern.compile("\\b(?:" + INTRODUCING + ")[sd]?\\s+", Pattern.CASE_INSENSITIVE);
    /**
     * Verbs that introduce a named thing as well: "this paper describes RLCR (…)", "we train Long Form (NAME)";
     * with no name after them they say too little to be the contribution ("describes this relationship").
     */
    private static final Pattern INTRO_NAMED = Pattern.compile(
            "\\b(?:" + INTRODUCING + "|describe|train)[sd]?\\s+|\\bby (?:introduc|propos|present)ing\\s+",
            Pattern.CASE_INSENSITIVE);
    /** The paper is the subject of the introducing verb: "we …", "this paper …", "in this work, … we". */
    private static final Pattern SUBJECT =
            Pattern.compile("\\b(?:we|this (?:paper|work|study)|our (?:work|paper))\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern FINDING = Pattern.compile(
            "\\b(?:we|this (?:paper|work|study))\\s+(?:(?:further|also|then|first|here|now|formally|theoretically|"
                    + "empirically|systematically|surprisingly)\\s+)?(?:show|find|demonstrate|reveal|prove|observe|"
                    + "identify|argue|establish|uncover|discover)s?\\s+(?:that\\s+|for\\s+(?=[a-z]+ing\\b))?",
            Pattern.CASE_INSENSITIVE);
    /** A finding about the paper's own results rather than about the world: no title states it. */
    private static final Pattern RESULT_CLAIM = Pattern.compile(
            "outperform|state-of-the-art|\\bSOTA\\b|surpass|\\bour (?:method|approach|framework|model|system)|\\d%"
                    + "|\\bexperiments?\\b|\\bbaselines?\\b|achiev",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern APPOSITIVE =
            Pattern.compile("^[\\s)*]*,?\\s*(?:(?:which|that) (?:is|are) |(?:is|are) )?(?:a|an|the)\\s+(.+)$");
    private static final Pattern RELATIVE = Pattern.compile("^[\\s)*]*,?\\s*((?:which|that|to|for) .+)$");
    private static final Pattern CALLED = Pattern.compile(
            "^(.*?)(?:,(?:\\s*(?:i\\.e\\.|namely|that is),?)?|\\s+(?:called|named|dubbed|termed|coined))\\s*$");
    /** A one-word kind after the name, then what it is: " metric, an …", " benchmark, a …". */
    private static final Pattern KIND_AFTER = Pattern.compile(
            "^\\s+(?:metric|score|benchmark|dataset|corpus|suite|framework|method|algorithm|model|agent|loss|objective|"
                    + "library|toolkit|pipeline|engine|system|architecture|paradigm|approach|technique|strategy|platform|"
                    + "environment|protocol|mechanism|module)(,\\s*)(?:an?|the)\\s");
    /** "Mixture-of-Basis-Experts (MoBE) method that achieves …": a one-word kind between the name and its clause. */
    private static final Pattern KIND_THEN_CLAUSE = Pattern.compile("^\\s+[a-z]+\\s+((?:that|which) .+)$");

    /**
     * The long form spelled after the name, set off by a colon or a spaced dash, then what it is: "QuoKA:
     * Query-oriented KV selection, a …", "DELTA — Distributional Evaluation of …, a …".
     */
    private static final Pattern SPELLED_AFTER =
            Pattern.compile("^(?::|\\s+[—–-])\\s+([^,;:()]{3,120}?)(?=,\\s*(?:an?|the)\\s)");

    private static final Pattern TO_VERB = Pattern.compile("^to\\s");

    /** A named contribution: the name's long form if the abstract spells it out, and what it is or does. */
    record Named(Optional<String> longForm, String kind, String rest) {}

    private Introductions() {}

    /** How the sentences introduce {@code method}: the first sentence that names it after "we propose" or at its start. */
    static Optional<Named> named(List<String> sentences, String method) {
        for (String sentence : sentences) {
            int at = sentence.indexOf(method);
            if (at < 0) {
                continue;
            }
            int from = -1;
            // Only an introduction that ends before the name counts.
            Matcher intro = INTRO_NAMED.matcher(sentence).region(0, at);
            while (intro.find()) {
                if (SUBJECT.matcher(sentence).region(0, intro.start()).find()) {
                    from = intro.end();
                }
            }
            if (from < 0 && at > 0) {
                continue;
            }
            Optional<Named> named = parse(sentence.substring(Math.max(from, 0)), method);
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }

    private static Optional<Named> parse(String object, String method) {
        int at = object.indexOf(method);
        String before = TitlePhrase.withoutLeading(object.substring(0, at));
        String after = object.substring(at + method.length());
        Optional<String> longForm = Optional.empty();
        String kind = "";
        Matcher spelledAfter = SPELLED_AFTER.matcher(after);
        if (before.endsWith("(") && after.startsWith(")")) {
            String spelled = before.substring(0, before.length() - 1).strip();
            String form = fullLongForm(spelled, method);
            String markedForm = MarkedLongForms.from(spelled, form, method);
            boolean marked = markedForm != null && markedForm.split(" ").length <= 8;
            longForm = Optional.ofNullable(marked ? markedForm : form)
                    .or(() -> spelled.split(" ").length <= 8 ? Optional.of(spelled) : Optional.empty())
                    .map(f -> f.replaceAll("^[\"'`“‘]+|[\"'`”’,]+$", "").strip())
                    .map(f -> marked ? MarkedLongForms.unmarked(f) : f);
            after = after.substring(1);
        } else if (before.isEmpty() && after.stripLeading().startsWith("(")) {
            int open = after.indexOf('(');
            int close = after.indexOf(')');
            String inside = close > open ? after.substring(open + 1, close).strip() : "";
            if (inside.split(" ").length >= 2 && !inside.contains(",")) {
                longForm = Optional.of(inside);
            }
            after = close > 0 ? after.substring(close + 1) : after;
        } else if (before.isEmpty() && spelledAfter.lookingAt() && isPhrase(spelledAfter.group(1))) {
            longForm = Optional.of(spelledAfter.group(1).strip());
            after = after.substring(spelledAfter.end());
        } else {
            Matcher called = CALLED.matcher(before);
            if (called.matches()) {
                kind = called.group(1);
            } else if (!before.isEmpty()) {
                return Optional.empty();
            }
        }
        Matcher kindAfter = KIND_AFTER.matcher(after);
        if (longForm.isEmpty() && kind.isEmpty() && kindAfter.lookingAt()) {
            // "the SelfReflect metric, an information-theoretic distance …": the kind sits between name and appositive.
            after = after.substring(kindAfter.end(1));
        }
        Matcher appositive = APPOSITIVE.matcher(after);
        if (appositive.matches()) {
            return Optional.of(new Named(longForm, "", appositive.group(1)));
        }
        Matcher relative = RELATIVE.matcher(after);
        Matcher kindThenClause = KIND_THEN_CLAUSE.matcher(after);
        String rest = relative.matches()
                ? relative.group(1)
                : longForm.isPresent() && kindThenClause.matches() ? kindThenClause.group(1) : "";
        return longForm.isPresent() || !kind.isEmpty() || !rest.isEmpty()
                ? Optional.of(new Named(longForm, kind, rest))
                : Optional.empty();
    }

    /** Whether a long form spelled after the name is a phrase of two to twelve words, not a clause. */
    private static boolean isPhrase(String spelled) {
        int words = spelled.strip().split("\\s+").length;
        return words >= 2 && words <= 12;
    }

    /**
     * The Schwartz–Hearst long form, extended by a word when it spells fewer words than the acronym has letters
     * and the word before starts with the acronym's letter: "Set Supervised Fine-Tuning (SSFT)", not the
     * shortest match "Supervised Fine-Tuning".
     */
    static String fullLongForm(String spelled, String acronym) {
        String form = Acronyms.longForm(spelled, acronym);
        if (form == null || form.length() >= spelled.length()) {
            return form;
        }
        long letters = acronym.chars().filter(Character::isUpperCase).count();
        String before = spelled.substring(0, spelled.length() - form.length()).strip();
        String word = before.substring(before.lastIndexOf(' ') + 1);
        boolean extend = form.split("[\\s-]+").length < letters
                && !word.isEmpty()
                && Character.toLowerCase(word.charAt(0)) == Character.toLowerCase(acronym.charAt(0));
        return extend ? word + " " + form : form;
    }

    /**
     * The first sentence that says what the authors did ("We recast X as Y", "To remedy this, we train …"),
     * not what they found or scored; the fallback when the abstract neither names a method nor states a finding.
     */
    static Optional<String> action(List<String> sentences) {
        return sentences.stream()
                .filter(s ->
                        Leads.action(s).isPresent() && !RESULT_CLAIM.matcher(s).find())
                .findFirst();
    }

    /**
     * The paper's contribution when it names no method: the object of the first "we propose/introduce …"
     * sentence, or the clause of the first "we show that …" that is about the world, not about the paper's scores.
     */
    static Optional<String> contribution(List<String> sentences) {
        for (String sentence : sentences) {
            Matcher intro = INTRO.matcher(sentence);
            if (intro.find()
                    && SUBJECT.matcher(sentence).region(0, intro.start()).find()) {
                // "we propose and analyze two classes of …": the second verb is part of the introduction.
                String object = sentence.substring(intro.end()).replaceFirst("^and\\s+[a-z]+\\s+", "");
                if (!TO_VERB.matcher(object).find()
                        && !RESULT_CLAIM.matcher(object).find()) {
                    return Optional.of(object);
                }
            }
            Matcher finding = FINDING.matcher(sentence);
            if (finding.find() && !RESULT_CLAIM.matcher(sentence).find()) {
                return Optional.of(Leads.withoutScene(sentence.substring(finding.end())));
            }
        }
        return Optional.empty();
    }
}
