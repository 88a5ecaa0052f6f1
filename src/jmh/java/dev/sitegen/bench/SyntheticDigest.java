package dev.sitegen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an N-times digest of distinct, realistic papers so builds can be timed at scale (issue 7).
 *
 * <p>Copy 0 of every paper is the original; copies 1..N-1 rename the paper's own method names
 * ({@code GuardSpace} → {@code GuardSpace3}), shuffle the middle sentences of each abstract
 * paragraph and swap one tag for another tag of the same topic. Copies keep the exact digest
 * format, and section headers carry the new counts. A copy whose paper names no method of its
 * own gets an anonymous code link instead, so every copy's abstract (hence its id) is distinct.
 * The same input, N and seed always give the same bytes; N = 1 returns the input unchanged.
 *
 * <p>JDK only, so it also runs as a single-file program:
 * {@code java src/jmh/java/dev/sitegen/bench/SyntheticDigest.java IN N OUT SEED}.
 */
public final class SyntheticDigest {

    static final String MARKER = "基础/前沿模型 (含LLM)";
    static final String ABSTRACT_MARK = "查看完整摘要 (Abstract)";
    private static final Pattern HEADER = Pattern.compile("^(.*?)(\\d+)( 篇)$");
    // Explicit ASCII lookarounds: on Java 17 \b treats CJK as word characters ("提出GuardSpace框架").
    private static final Pattern NAME = Pattern.compile("(?<![A-Za-z0-9_])[A-Z][a-z]*[A-Z][A-Za-z]*(?![A-Za-z0-9_])");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(])");
    private static final Pattern TAG = Pattern.compile("[^#;]+");
    /** A name used by more papers than this is shared vocabulary (LLM, GPT), not a paper's method. */
    private static final int MAX_NAME_PAPERS = 2;

    private record Section(String header, List<List<String>> entries) {}

    private SyntheticDigest() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: SyntheticDigest IN N OUT SEED");
            System.exit(2);
        }
        String digest = Files.readString(Path.of(args[0]));
        try (Writer out = Files.newBufferedWriter(Path.of(args[2]))) {
            long papers = write(digest, Integer.parseInt(args[1]), Long.parseLong(args[3]), out);
            System.out.println("wrote " + papers + " papers to " + args[2]);
        }
    }

    /** Returns the digest with every paper present {@code copies} times. */
    public static String scale(String digest, int copies, long seed) {
        StringBuilder out = new StringBuilder();
        try {
            write(digest, copies, seed, out);
        } catch (IOException e) {
            throw new UncheckedIOException("StringBuilder does not throw", e);
        }
        return out.toString();
    }

    /** Streams the scaled digest to {@code out} and returns the number of papers written. */
    public static long write(String digest, int copies, long seed, Appendable out) throws IOException {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be >= 1, got " + copies);
        }
        List<String> lines = new ArrayList<>(List.of(digest.split("\n", -1)));
        boolean trailingNewline = lines.get(lines.size() - 1).isEmpty();
        if (trailingNewline) {
            lines.remove(lines.size() - 1);
        }
        List<String> preamble = new ArrayList<>();
        List<Section> sections = split(lines, preamble);
        List<List<String>> originals =
                sections.stream().flatMap(s -> s.entries().stream()).toList();
        Map<String, Integer> namePapers = namePaperCounts(originals);
        Map<List<String>, Set<String>> ownNames = new IdentityHashMap<>();
        originals.forEach(entry -> ownNames.put(entry, ownNames(entry, namePapers)));
        Map<String, List<String>> topicTags = topicTags(originals);
        Random random = new Random(seed);

        LineWriter writer = new LineWriter(out);
        writer.lines(preamble);
        for (Section section : sections) {
            if (section.header() != null) {
                Matcher m = HEADER.matcher(section.header());
                m.matches();
                writer.lines(List.of(m.group(1) + section.entries().size() * copies + m.group(3)));
            }
            for (int k = 0; k < copies; k++) {
                for (List<String> entry : section.entries()) {
                    writer.lines(k == 0 ? entry : copy(entry, k, random, ownNames.get(entry), topicTags));
                }
            }
        }
        if (trailingNewline) {
            out.append('\n');
        }
        return (long) originals.size() * copies;
    }

    /** Puts a newline between lines across calls, so the output ends exactly as the input did. */
    private static final class LineWriter {
        private final Appendable out;
        private boolean first = true;

        LineWriter(Appendable out) {
            this.out = out;
        }

        void lines(List<String> lines) throws IOException {
            for (String line : lines) {
                if (!first) {
                    out.append('\n');
                }
                out.append(line);
                first = false;
            }
        }
    }

    /** Number of papers in a digest text. */
    public static long countPapers(String digest) {
        return digest.lines().filter(ABSTRACT_MARK::equals).count();
    }

    private static List<Section> split(List<String> lines, List<String> preamble) {
        List<Section> sections = new ArrayList<>();
        Section current = null;
        List<String> entry = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean header = HEADER.matcher(line).matches()
                    && i + 1 < lines.size()
                    && lines.get(i + 1).equals(MARKER);
            if (header || line.equals(MARKER)) {
                entry = null;
            }
            if (header) {
                current = new Section(line, new ArrayList<>());
                sections.add(current);
            } else if (line.equals(MARKER)) {
                if (current == null) {
                    current = new Section(null, new ArrayList<>());
                    sections.add(current);
                }
                entry = new ArrayList<>();
                current.entries().add(entry);
                entry.add(line);
            } else if (entry != null) {
                entry.add(line);
            } else {
                preamble.add(line);
            }
        }
        return sections;
    }

    private static List<String> copy(
            List<String> entry, int k, Random random, Set<String> names, Map<String, List<String>> topicTags) {
        List<String> lines = new ArrayList<>(entry);
        int abstractStart = entry.indexOf(ABSTRACT_MARK) + 1;
        for (int i = 3; i < lines.size(); i++) {
            String line = rename(lines.get(i), names, k);
            lines.set(i, i >= abstractStart && abstractStart > 0 ? shuffleMiddle(line, random) : line);
        }
        if (lines.size() > 2) {
            lines.set(2, swapTag(lines.get(2), topicTags.getOrDefault(lines.get(1), List.of()), random));
        }
        if (names.isEmpty()) {
            int last = lines.size() - 1;
            lines.set(
                    last,
                    lines.get(last) + " Code is available at https://anonymous.4open.science/r/" + "paper-"
                            + Integer.toHexString(entry.hashCode()) + "-" + k + ".");
        }
        return lines;
    }

    private static Set<String> ownNames(List<String> entry, Map<String, Integer> namePapers) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : names(entry)) {
            if (name.length() >= 3 && namePapers.get(name) <= MAX_NAME_PAPERS) {
                names.add(name);
            }
        }
        return names;
    }

    private static String rename(String line, Set<String> names, int k) {
        if (names.isEmpty()) {
            return line;
        }
        return NAME.matcher(line)
                .replaceAll(m -> names.contains(m.group())
                        ? Matcher.quoteReplacement(m.group() + k)
                        : Matcher.quoteReplacement(m.group()));
    }

    /** Keeps a paragraph's first and last sentence in place so it still opens and closes the same way. */
    private static String shuffleMiddle(String paragraph, Random random) {
        List<String> sentences = new ArrayList<>(List.of(SENTENCE_BREAK.split(paragraph)));
        if (sentences.size() < 4) {
            return paragraph;
        }
        Collections.shuffle(sentences.subList(1, sentences.size() - 1), random);
        return String.join(" ", sentences);
    }

    /** Replaces one tag's text in place, leaving the line's own separators (#, ;, spaces) as they are. */
    private static String swapTag(String tagLine, List<String> pool, Random random) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = TAG.matcher(tagLine);
        while (m.find()) {
            String text = m.group();
            int start = m.start() + (text.length() - text.stripLeading().length());
            int end = m.end() - (text.length() - text.stripTrailing().length());
            if (start < end) {
                spans.add(new int[] {start, end});
            }
        }
        String lower = tagLine.toLowerCase(Locale.ROOT);
        List<String> candidates = pool.stream()
                .filter(t -> !lower.contains(t.toLowerCase(Locale.ROOT)))
                .toList();
        if (spans.isEmpty() || candidates.isEmpty()) {
            return tagLine;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String replacement = candidates.get(random.nextInt(candidates.size()));
        return tagLine.substring(0, span[0]) + replacement + tagLine.substring(span[1]);
    }

    private static List<String> names(List<String> entry) {
        List<String> names = new ArrayList<>();
        for (int i = 3; i < entry.size(); i++) {
            NAME.matcher(entry.get(i)).results().forEach(r -> names.add(r.group()));
        }
        return names;
    }

    private static Map<String, Integer> namePaperCounts(List<List<String>> entries) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> entry : entries) {
            new LinkedHashSet<>(names(entry)).forEach(n -> counts.merge(n, 1, Integer::sum));
        }
        return counts;
    }

    /** Distinct tags per topic line, sorted so the pool (and thus the output) is deterministic. */
    private static Map<String, List<String>> topicTags(List<List<String>> entries) {
        Map<String, Set<String>> tags = new TreeMap<>();
        for (List<String> entry : entries) {
            if (entry.size() > 2 && entry.get(2).startsWith("#")) {
                Set<String> pool = tags.computeIfAbsent(entry.get(1), t -> new TreeSet<>());
                TAG.matcher(entry.get(2))
                        .results()
                        .map(r -> r.group().strip())
                        .filter(t -> !t.isEmpty())
                        .forEach(pool::add);
            }
        }
        Map<String, List<String>> lists = new HashMap<>();
        tags.forEach((topic, pool) -> lists.put(topic, List.copyOf(pool)));
        return lists;
    }
}
