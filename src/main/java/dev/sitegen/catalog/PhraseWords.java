package dev.sitegen.catalog;

import java.util.Set;
import java.util.regex.Pattern;

/** The word classes {@link PhraseCut} decides by: words that wait for more, words a phrase may open on. */
final class PhraseWords {
    /** Words a title does not end on: an article, preposition, conjunction or pronoun waits for its object. */
    static final Set<String> DANGLING = Set.of("""
            a an the and or but of for to with by in on via from its their our as at into over that
            which both each between such is are under across without through using while when where
            than this these vs per based can not more less during within among after before toward
            towards against upon about beyond along despite like also only even then how what
            whether whose who according due rather focus emphasis built made given known shown taken
            drawn
            """.strip().split("\\s+"));

    /** Articles: an "and" two words after one ("on the fly and allocate") is not read as joining modifiers. */
    static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** Words a phrase may be cut before: prepositions, conjunctions, relative pronouns. */
    static final Set<String> BREAK_BEFORE = Set.of(
            "by", "through", "via", "with", "using", "and", "while", "for", "in", "on", "that", "which", "to", "from",
            "across", "under", "without", "where", "when", "whereas", "based", "as", "at", "over", "within");
    /** -ing words that abstracts use as nouns ("reasoning"), not as the verb of a clause. */
    static final Set<String> NOUN_ING = Set.of("""
            reasoning learning training understanding thinking planning modeling modelling scaling
            computing processing encoding decoding sampling pretraining programming prompting
            ranking routing editing grounding merging pruning tuning embedding embeddings setting
            settings
            """.strip().split("\\s+"));

    /** Words ending in -ly that are no adverbs. */
    static final Set<String> NOT_ADVERBS =
            Set.of("family", "anomaly", "assembly", "monopoly", "supply", "apply", "multiply", "comply", "butterfly");
    /** -ing forms that open an aside ("achieving X", "using Y"): a title never ends on one. */
    static final Set<String> ASIDE_VERBS = Set.of("""
            achieving enabling using leveraging making allowing yielding providing including
            resulting leading requiring improving reducing showing demonstrating treating combining
            outperforming compressing restricting integrating employing exploiting utilizing
            ensuring preserving
            """.strip().split("\\s+"));
    /** Words shaped like adjectives: a modifier, which waits for its noun. */
    static final Pattern ADJECTIVE = Pattern.compile(
            "[a-z]+(?:ive|al|ous|ic|ful|able|ible|ent|ant|ary|less|ular)|[a-z]+-(?:level|grained|wise|aware|based)");

    /** "regression-based", "token-level": a compound made to modify the noun after it. */
    static final Pattern HYPHENATED_MODIFIER =
            Pattern.compile("[a-z]+-(?:based|aware|guided|driven|level|grained|specific|oriented|conditioned)");

    private PhraseWords() {}
}
