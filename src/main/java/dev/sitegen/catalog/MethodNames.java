package dev.sitegen.catalog;

import dev.sitegen.digest.DigestEntry;
import dev.sitegen.model.SummaryField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the name of the method a paper proposes: after "we propose/introduce/present …", "called X",
 * an acronym in parentheses in that sentence, or {@code 提出X} in a summary field. A name must look like
 * a name (mixed case, several capitals, digits, symbols) and be rare across the digest, so generic terms
 * such as LLM, GRPO or RL that many papers mention are never taken for a paper's own method.
 */
final class MethodNames {
    private static final List<String> VERBS = List.of("""
            propose introduce present develop design build release construct curate name call term
            dub
            """.strip().split("\\s+"));
    private static final List<String> HAN_VERBS = List.of("提出", "引入", "设计", "构建", "开发");
    private static final Pattern PROPOSE =
            Pattern.compile("(?:" + String.join("|", VERBS) + ")[sd]?\\s+((?:[^.;]|\\.(?=\\d)){0,220})");
    private static final Pattern CALLED = Pattern.compile("\\b(?:called|named|dubbed|termed|coined)\\s+([^\\s,;:()]+)");
    /** A word with letters marked in capitals: "REverse", "BAlanced", "Length-bAsed" (not "GuardSpace", "LoRA"). */
    private static final Pattern MARKED_WORD = Pattern.compile("^[A-Z]{2}[a-z]{3,}|-[a-z][A-Z][a-z]{3,}");

    private static final Pattern PAREN = Pattern.compile("\\(([^()\\s,;]{2,30})\\)");
    private static final Pattern LEADING =
            Pattern.compile("^(?:(?:a|an|the|our|new|novel|simple|general|unified)\\s+)*");
    /** 引入 ("bring in") names what a paper uses as often as what it makes: it counts only before 一种/名为/新的. */
    private static final Pattern HAN_PROPOSE = Pattern.compile(
            "(?:提出|设计|构建|开发|引入(?=了?(?:一种|一个|名为|新的|新型)))(?:了)?(?:一种|一个|名为|新的|新型)?[^,，。;；]{0,30}?([A-Za-z$\\\\∇][\\w\\-$\\\\{}^+.∇]*[\\w$}])");

    private static final Pattern PHRASE_NAME =
            Pattern.compile("^([A-Z][\\w-]*(?:\\s(?:[A-Z][\\w-]*|of|via|for|and|the|to)){0,4}),\\s+an?\\s");
    /** Who introduces: a method is the paper's own when "we" (or "this paper") propose it. */
    private static final Pattern SUBJECT =
            Pattern.compile("(?i)\\b(?:we|this (?:paper|work|study)|our (?:work|paper))\\b[^.;]*$");
    /** A single coined word set off as a name: "Antislop, a framework", "wd1 (weighted …)", "Trinity is a …". */
    private static final Pattern COINED =
            Pattern.compile("^[\\w-]+(?:,\\s+(?:a|an|the)\\s|\\s+\\(|\\s+(?:is|are)\\s+(?:a|an)\\s)");
    /** The head noun phrase ends at a clause or an aside; a comma before a capital continues a name ("Wide-In, Narrow-Out"). */
    private static final Pattern HEAD_END = Pattern.compile(",\\s+(?=[a-z])|;| that | which | where ");
    /** "a cache eviction method, DefensiveKV": the name set off after the kind of thing it is. */
    private static final Pattern APPOSED = Pattern.compile("^(?:[a-z][\\w-]*\\s+){0,6}[a-z][\\w-]*,\\s+([^\\s,;]+)");

    /** {@code 提出Switch Generation方法}, {@code (Re-Schedule)算法}, {@code 提出软推理(Stochastic Soft Thinking)}. */
    private static final Pattern HAN_NAMED_KIND =
            Pattern.compile("(?:提出|引入|设计)[^,，。;；]{0,30}?(?:[(（]([A-Z][\\w-]*(?:\\s[A-Za-z][\\w-]*){0,4})[)）]"
                    + "|([A-Z][\\w-]*(?:\\s[A-Z][\\w-]*){0,3})\\s*(?:方法|框架|算法|模型|系统|基准|数据集|策略|机制))");

    private static final Pattern TOKEN_END = Pattern.compile("[—–].*$|[.,:;)\\]'\"”’]+$");
    private static final Pattern TOKEN_START = Pattern.compile("^[(\\['\"“‘]+");
    private static final Set<String> STOP = Set.of("""
            LLM LLMs We This The Our Large In To AI A An It These Language Model Models GPU GPUs API
            SOTA LMs LM VLM VLMs MLLM MLLMs NLP TL DR
            """.strip().split("\\s+"));
    private static final Pattern PLURAL_ACRONYM = Pattern.compile("[A-Z]{2,}s");
    private static final Pattern LOWER_TAIL = Pattern.compile("-[a-z]+$");
    /** "forward-KL", "post-RL": a modifier built on a term, not a name. */
    private static final Pattern MODIFIER = Pattern.compile("^[a-z]+-[A-Z]");

    private static final int MAX_SHARED = 3;

    private final Map<String, Integer> paperFrequency;

    MethodNames(Map<String, Integer> paperFrequency) {
        this.paperFrequency = paperFrequency;
    }

    Optional<String> find(DigestEntry entry, String abstractText) {
        Found found = new Found(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        proposals(abstractText, found);
        entry.tldr().ifPresent(t -> proposals(t, found));
        for (SummaryField field : entry.fields()) {
            String text = field.text();
            Matcher h = HAN_PROPOSE.matcher(text);
            Matcher named = HAN_NAMED_KIND.matcher(text);
            for (int at : starts(text, HAN_VERBS)) {
                if (h.region(at, text.length()).lookingAt()) {
                    found.candidates().add(h.group(1));
                }
                if (named.region(at, text.length()).lookingAt()) {
                    found.strong().add(named.group(1) != null ? named.group(1) : named.group(2));
                }
            }
        }
        return found.candidates().stream()
                .filter(MethodNames::mayBeName)
                .map(MethodNames::clean)
                .filter(this::isName)
                .findFirst()
                .or(() -> found.defined().stream()
                        .map(MethodNames::clean)
                        .filter(n -> isPhraseName(n) && paperFrequency.getOrDefault(n, 0) <= MAX_SHARED)
                        .findFirst())
                .or(() -> found.coined().stream()
                        .map(MethodNames::clean)
                        .filter(this::isCoinedName)
                        .findFirst())
                .or(() -> found.strong().stream()
                        .map(MethodNames::clean)
                        .filter(this::isPhraseName)
                        .findFirst());
    }

    /**
     * Candidates from each "we propose …" tail, best first: "called X", the first word, an acronym in
     * parentheses; the tail itself is kept for a later look at any name-like word. A capitalised phrase
     * followed by ", a …" ({@code Rewarding Doubt, an RL-based approach}) is kept apart: a name, but only
     * if no stronger one is found.
     */
    private static void proposals(String text, Found found) {
        List<String> candidates = found.candidates();
        Matcher p = PROPOSE.matcher(text);
        for (int at : starts(text, VERBS)) {
            if (at > 0 && Character.isLetter(text.charAt(at - 1))
                    || !p.region(at, text.length()).lookingAt()
                    || !SUBJECT.matcher(text).region(Math.max(0, at - 120), at).find()) {
                continue;
            }
            String tail = LEADING.matcher(p.group(1)).replaceFirst("");
            if (tail.contains("ed ")) {
                Matcher called = CALLED.matcher(tail);
                if (called.find()) {
                    candidates.add(called.group(1));
                }
            }
            String first = firstWord(tail);
            String marked = markedAcronym(tail, first);
            if (marked != null) {
                candidates.add(marked);
            }
            candidates.add(first);
            Matcher apposed = APPOSED.matcher(tail);
            if (apposed.lookingAt()) {
                candidates.add(apposed.group(1));
            }
            String plain = PlainText.of(tail);
            if (COINED.matcher(plain).lookingAt()) {
                found.coined().add(first);
            }
            int head = headEnd(tail);
            if (tail.indexOf('(') >= 0 && tail.indexOf('(') < head) {
                Matcher paren = PAREN.matcher(tail);
                if (paren.find()) {
                    candidates.add(paren.group(1));
                    if (Acronyms.longForm(
                                    tail.substring(0, paren.start()).strip(), Acronyms.stripPlural(paren.group(1)))
                            != null) {
                        found.defined().add(paren.group(1));
                    }
                }
            }
            Matcher phrase = PHRASE_NAME.matcher(plain);
            if (phrase.lookingAt()) {
                found.strong().add(phrase.group(1));
            }
        }
    }

    /**
     * "REverse-Engineered Reasoning (REER)", "**L**ength-b**A**sed … (LASER)": a long form that marks its acronym's
     * letters in capitals starts with a word that only looks like a name; the acronym after it is the name.
     */
    private static String markedAcronym(String tail, String first) {
        String word = PlainText.of(first);
        Matcher paren = PAREN.matcher(tail);
        if (!MARKED_WORD.matcher(word).find() || !paren.find() || paren.start() > headEnd(tail)) {
            return null;
        }
        String acronym = paren.group(1);
        String capitals = word.replaceAll("[^A-Z]", "");
        return acronym.startsWith(capitals) && acronym.length() > capitals.length() ? acronym : null;
    }

    /** Where the object's head noun phrase ends: an acronym in parentheses after that names something else. */
    private static int headEnd(String tail) {
        Matcher end = HEAD_END.matcher(tail);
        return end.find() ? end.start() : tail.length();
    }

    /** The candidate lists of one paper, best evidence first: plain, defined acronyms, any word, phrases. */
    private record Found(List<String> candidates, List<String> coined, List<String> strong, List<String> defined) {}

    /** Where any of the words occurs, in text order: a fast pre-scan so the regexes run only at those places. */
    private static List<Integer> starts(String text, List<String> words) {
        List<Integer> starts = new ArrayList<>();
        for (String word : words) {
            for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
                starts.add(i);
            }
        }
        starts.sort(null);
        return starts;
    }

    private static String firstWord(String tail) {
        int end = 0;
        while (end < tail.length() && !Character.isWhitespace(tail.charAt(end)) && tail.charAt(end) != ',') {
            end++;
        }
        return tail.substring(0, end);
    }

    private boolean isPhraseName(String name) {
        return name.length() >= 4 && name.length() <= 40 && !STOP.contains(name.split("[\\s-]", 2)[0]);
    }

    /**
     * A word the paper sets off as its name though it looks like an ordinary one ("Antislop", "wd1"): a capital
     * first letter or a digit, and rare across the digest.
     */
    private boolean isCoinedName(String name) {
        return name.length() >= 2
                && name.length() <= 30
                && !STOP.contains(name)
                && (Character.isUpperCase(name.charAt(0)) || name.chars().anyMatch(Character::isDigit))
                && name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-')
                && paperFrequency.getOrDefault(name, 0) <= MAX_SHARED;
    }

    /** A cheap first look before the regex clean-up: a name has a capital after its first character. */
    private static boolean mayBeName(String raw) {
        for (int i = 1; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c) || c == '\\' || c == '∇') {
                return true;
            }
        }
        return false;
    }

    /**
     * The name as written, without TeX or trailing punctuation; a name glued to its spelled-out form
     * ("RAPPO(Reliable Alignment …)") ends at the parenthesis.
     */
    static String clean(String raw) {
        int paren = raw.indexOf('(');
        String name = paren > 1 ? raw.substring(0, paren) : raw;
        return TOKEN_END
                .matcher(TOKEN_START.matcher(PlainText.of(name)).replaceFirst(""))
                .replaceFirst("");
    }

    /**
     * A name has a capital inside a word part ({@code GuardSpace}, {@code ASFT}, {@code ssToken}), a digit or
     * a symbol; a hyphenation of ordinary words ({@code Capacity-Aware}, {@code LLM-guided}) and a plural
     * acronym ({@code ODEs}) are not names.
     */
    private boolean isName(String name) {
        if (name.length() < 2
                || name.length() > 40
                || STOP.contains(name)
                || paperFrequency.getOrDefault(name, 0) > MAX_SHARED
                || PLURAL_ACRONYM.matcher(name).matches()
                || LOWER_TAIL.matcher(name).find()
                || MODIFIER.matcher(name).find()) {
            return false;
        }
        boolean inner = false;
        boolean digitOrSymbol = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean partStart = i == 0 || name.charAt(i - 1) == '-';
            if (Character.isLetter(c) && !Character.isUpperCase(c) && !Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c) && !partStart) {
                inner = true;
            } else if (!Character.isLetter(c) && c != '-' && c != '.') {
                digitOrSymbol = true;
            }
        }
        return inner || (digitOrSymbol && name.chars().anyMatch(Character::isUpperCase));
    }
}
