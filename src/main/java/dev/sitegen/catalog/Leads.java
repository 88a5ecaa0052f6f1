package dev.sitegen.catalog;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the opening of a statement into the opening of a title. Sentences say who acts ("We train two
 * evaluators …", "By introducing partial solutions, this method …"); titles name the action ("Training Two
 * Evaluators …", "Introducing Partial Solutions …"), so the subject goes and the verb becomes its -ing form.
 */
final class Leads {
    /**
     * "We (also) train X", "To remedy this, we evaluate and enhance X": the paper as subject of a verb in its base
     * form. An object that points back ("we address this", "we study these") says nothing on its own.
     */
    private static final Pattern WE_VERB = Pattern.compile(
            "^(?:[^,]{2,80},\\s*)?(?:[Ww]e|[Tt]his (?:paper|work|study)|[Oo]ur (?:paper|work))\\s+"
                    + "(?:(?:also|further|then|first|here|now|additionally|finally|instead|[a-z]+ly)\\s+)?([a-z]+(?:-[a-z]+)?)\\s+(?:and\\s+([a-z]+)\\s+)?(?!(?:this|these|those|that|it|them|such)\\b)(?=\\S)");
    /**
     * "For a fixed ratio, a simple law describes X", "Unlike prior work, …": a leading adverbial sets the
     * scene; the statement is what follows the comma.
     */
    private static final Pattern SCENE = Pattern.compile(
            "^(?:For|In|Across|Under|On|Unlike|Beyond|Despite|Through|When|Although|Compared (?:to|with)|"
                    + "Contrary to|As|Once|If|While|Since|Because|After|Before|Given|Even (?:if|when|though))\\s[^,]{3,80},\\s+"
                    + "(?![a-z]+ing\\b)(?=[a-zA-Z])",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern THIRD_PERSON = Pattern.compile("^([a-z-]+(?:[^s]|ss))(?:es|s)$");
    /** "By introducing X, the method …": the means, which is what the paper does. */
    private static final Pattern BY_GERUND = Pattern.compile("^By\\s+([a-z]+ing)\\b");
    /**
     * Verbs after "we" that state a stance or a need, not the work done ("we believe", "we need"), and
     * irregular past forms whose -ing form a rule cannot spell.
     */
    private static final Set<String> NOT_ACTIONS = Set.of("""
            are were have had can could will would should may might must do did need believe hope
            think argue note observe want aim seek ask call refer expect hypothesize conjecture
            posit
            built made found took gave saw ran got
            thus further also then first here now additionally finally instead therefore not only
            still all both
            """.strip().split("\\s+"));

    /** "X, identify a failure mode", "X and show that …": the authors' next claim, after the first one. */
    private static final Pattern NEXT_CLAIM = Pattern.compile(
            "(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:propose|show|find|identify|apply|introduce|present|demonstrate|"
                    + "develop|reveal|release|provide|observe)\\b");

    private Leads() {}

    /** The statement's first claim: "LLM pretraining with distillation and show that …" → "LLM pretraining with distillation". */
    static String firstClaim(String statement) {
        Matcher next = NEXT_CLAIM.matcher(statement);
        return next.find() ? statement.substring(0, next.start()) : statement;
    }

    /** The statement without a leading adverbial phrase: "For a fixed ratio, a law describes X" → "a law describes X". */
    static String withoutScene(String statement) {
        Matcher scene = SCENE.matcher(statement);
        return scene.lookingAt() && statement.substring(scene.end()).split(" ").length >= 4
                ? statement.substring(scene.end())
                : statement;
    }

    /**
     * The statement as a title's opening: "We train X at scale" → "training X at scale", "By introducing X,
     * this method boosts Y" → "introducing X, this method boosts Y" (the caller's phrase rules then cut at the
     * comma); empty when the statement does not open with the paper's action.
     */
    static Optional<String> action(String statement) {
        Matcher we = WE_VERB.matcher(statement);
        if (we.lookingAt()) {
            // After "this work" the verb has its -s ("fine-tunes"); after "we" it has none.
            String verb = THIRD_PERSON.matcher(we.group(1)).replaceFirst("$1");
            String gerund = NOT_ACTIONS.contains(verb) ? null : gerundOf(verb);
            // "We evaluate and enhance X": both verbs read alike, "Evaluating and Enhancing X".
            String second = we.group(2) == null
                    ? ""
                    : " and " + Optional.ofNullable(gerundOf(we.group(2))).orElse(we.group(2));
            return Optional.ofNullable(gerund).map(g -> g + second + " " + statement.substring(we.end()));
        }
        Matcher by = BY_GERUND.matcher(statement);
        if (by.lookingAt()) {
            return Optional.of(by.group(1) + statement.substring(by.end()));
        }
        return Optional.empty();
    }

    /** The -ing form of a verb in its base or regular past form ("train", "developed", "applied"); null if neither. */
    static String gerundOf(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (v.endsWith("ing") || v.endsWith("ly")) {
            return null;
        }
        if (v.endsWith("ied")) {
            return v.substring(0, v.length() - 3) + "ying";
        }
        if (v.endsWith("ed") && !v.endsWith("eed")) {
            // The past form keeps a doubled consonant and has lost a final e: "stopped", "stabilized", "used".
            return v.substring(0, v.length() - 2) + "ing";
        }
        return TitlePhrase.baseGerund(v);
    }
}
