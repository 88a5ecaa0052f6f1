package dev.sitegen.catalog;

import dev.sitegen.digest.DigestEntry;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a title for a paper (the digest has none): {@code Method: descriptor} when a method name is
 * known, the descriptor coming from the abstract's "X, a … for …" appositive, the TL;DR, or the problem
 * field; otherwise the first clause of the TL;DR or the problem field. Plain text, at most {@value #MAX}
 * characters, cut at a word or Chinese clause boundary, unique across the site ({@code (2)}, {@code (3)}
 * in digest order).
 */
final class Titles {
    static final int MAX = 90;
    private static final Pattern ABBREVIATION = Pattern.compile("\\b(?:vs|e\\.g|i\\.e|al|etc|cf|Fig|Eq|approx)$");
    private static final Pattern WE_VERB = Pattern.compile(
            "^(?:In this (?:paper|work),?\\s*)?(?:We|This paper|This work|Our work)\\s+(?:\\w+\\s+)?"
                    + "(?:propose|introduce|present|show|study|find|develop|investigate|demonstrate|reveal|identify|expose|explore|examine|revisit|provide|analy[sz]e|unveil)s?\\s+(?:that\\s+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern KIND_FOR = Pattern.compile(
            "^(?:[\\w-]+\\s+){0,4}?(?:framework|method|approach|technique|algorithm|system|pipeline|strategy|paradigm|recipe)\\s+for\\s+");
    private static final int MIN_CLAUSE = 10;
    private static final Pattern CLAUSE = Pattern.compile("[,，;；:：、(（]");
    private static final Pattern APPOSITIVE = Pattern.compile("\\**\\)?,\\s+(?:a|an|the)\\s+([^,;.]{8,160})");
    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?:[\\s,:)]|\\([^)]*\\))*(?:(?:which|that|is|are|it|we)\\s+)*", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s,，;；:：、]+$");
    private static final Pattern ARTICLE = Pattern.compile("^(?:a|an|the)\\s+", Pattern.CASE_INSENSITIVE);

    private final Set<String> issued = new HashSet<>();

    /**
     * The title a paper would have if no other paper had it; pure, so papers may be titled in parallel.
     * {@link #unique} then numbers repeats.
     */
    String base(DigestEntry entry, String abstractText, Optional<String> method) {
        String base = method.map(m -> withDescriptor(m, entry, abstractText)).orElseGet(() -> withoutMethod(entry));
        if (base.isBlank()) {
            base = shorten(firstSentence(PlainText.of(abstractText)), MAX);
        }
        if (base.isBlank()) {
            base = "Paper at " + entry.source();
        }
        return base;
    }

    /** {@code base}, numbered if an earlier paper has it; call in digest order so numbers are stable. */
    String unique(String base) {
        String title = base;
        for (int n = 2; !issued.add(title); n++) {
            title = shorten(base, MAX - 5) + " (" + n + ")";
        }
        return title;
    }

    /** The title for a paper; call in digest order, since a repeated title gets a number. */
    String title(DigestEntry entry, String abstractText, Optional<String> method) {
        return unique(base(entry, abstractText, method));
    }

    private String withDescriptor(String method, DigestEntry entry, String abstractText) {
        String descriptor = appositive(method, abstractText)
                .or(() -> entry.tldr().map(t -> tldrClause(PlainText.of(t), method)))
                .filter(d -> d.length() >= 8)
                .orElseGet(() -> problemClause(entry));
        descriptor = withoutName(descriptor, method);
        return descriptor.isEmpty() ? method : shorten(method + ": " + capitalise(descriptor), MAX);
    }

    /**
     * The descriptor without the method's own name, which the title already starts with: "A²FM, a unified
     * 32B model" → "unified 32B model", "提出训练框架 A2Search" → "提出训练框架". Names are compared in
     * NFKC form, so A²FM matches A2FM.
     */
    static String withoutName(String descriptor, String method) {
        String folded = Normalizer.normalize(descriptor, Normalizer.Form.NFKC);
        String name = Normalizer.normalize(method, Normalizer.Form.NFKC);
        int at = folded.length() == descriptor.length() ? folded.indexOf(name) : -1;
        if (at < 0 || name.isEmpty()) {
            return descriptor;
        }
        String before = descriptor.substring(0, at).strip();
        String after = descriptor.substring(at + name.length());
        if (!before.isEmpty()) {
            return after.isBlank() ? TRAILING_MARKS.matcher(before).replaceFirst("") : descriptor;
        }
        return ARTICLE.matcher(LEAD_IN.matcher(after).replaceFirst("")).replaceFirst("").strip();
    }

    private String withoutMethod(DigestEntry entry) {
        String from = entry.tldr().map(t -> tldrClause(PlainText.of(t), "")).filter(s -> s.length() >= 8)
                .orElseGet(() -> problemClause(entry));
        return shorten(capitalise(from), MAX);
    }

    private static Optional<String> appositive(String method, String abstractText) {
        Matcher m = APPOSITIVE.matcher(abstractText);
        for (int at = abstractText.indexOf(method); at >= 0; at = abstractText.indexOf(method, at + 1)) {
            if (m.region(at + method.length(), abstractText.length()).lookingAt()) {
                String phrase = balanced(KIND_FOR.matcher(PlainText.of(m.group(1))).replaceFirst("").strip());
                return phrase.split(" ").length >= 3 ? Optional.of(phrase) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String tldrClause(String tldr, String method) {
        String sentence = WE_VERB.matcher(firstSentence(tldr)).replaceFirst("");
        if (!method.isEmpty() && sentence.startsWith(method)) {
            sentence = LEAD_IN.matcher(sentence.substring(method.length())).replaceFirst("");
        }
        return ARTICLE.matcher(sentence).replaceFirst("");
    }

    /** The second summary field states the problem in this digest's layout; fall back to the first. */
    private static String problemClause(DigestEntry entry) {
        if (entry.fields().isEmpty()) {
            return "";
        }
        String text = PlainText.of(entry.fields().get(Math.min(1, entry.fields().size() - 1)).text());
        Matcher clause = CLAUSE.matcher(text);
        int end = -1;
        while (clause.find()) {
            if (clause.start() >= MIN_CLAUSE) {
                end = clause.start();
                break;
            }
        }
        return (end > 0 ? text.substring(0, end) : firstSentence(text)).strip();
    }

    private static String firstSentence(String text) {
        return balanced(text.substring(0, sentenceEnd(text)).strip());
    }

    /** End of the first sentence: a full stop followed by a space (not after "e.g", "vs", …) or a Chinese stop. */
    private static int sentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？') {
                return i;
            }
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    && !ABBREVIATION.matcher(text).region(Math.max(0, i - 8), i).find()) {
                return i;
            }
        }
        return text.length();
    }

    /** Drops an opening parenthesis that a cut left unclosed ({@code … routing (i.e}). */
    static String balanced(String text) {
        int open = text.lastIndexOf('(');
        return open > 0 && text.indexOf(')', open) < 0 ? text.substring(0, open).strip() : text;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Cuts at a word boundary (or between Chinese characters / at a clause mark) and adds an ellipsis. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max - 1;
        while (cut > max / 2 && !boundary(text, cut)) {
            cut--;
        }
        String head = balanced(text.substring(0, cut)).replaceFirst("[\\s,，;；:：、.(（-]+$", "");
        return head + "…";
    }

    private static boolean boundary(String text, int i) {
        char before = text.charAt(i - 1);
        char at = text.charAt(i);
        if (Character.isHighSurrogate(before)) {
            return false;
        }
        return Character.isWhitespace(at) || "，,；;、：".indexOf(at) >= 0 || (isHan(before) && isHan(at));
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
