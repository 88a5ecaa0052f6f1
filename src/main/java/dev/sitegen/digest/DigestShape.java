package dev.sitegen.digest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structure of one digest file, learned from the file itself: an entry starts with an area line and
 * a topic line followed by a {@code #} tag line, so the lines found in those positions name the areas and
 * topics. A section header is a known topic name followed by a count and a short unit word. {@code commonArea}
 * is the area most entries of the file carry, for an entry that lost its area line ("" if none).
 */
record DigestShape(Set<String> areas, Set<String> topics, String commonArea, FieldLabels fields) {
    private static final Pattern HEADER = Pattern.compile("^(.*?)\\s*(\\d{1,6})\\s*(\\p{L}{1,8})$");
    private static final Pattern ABSTRACT_MARKER = Pattern.compile("\\(Abstract\\)\\s*[:：]?$");
    private static final Pattern TLDR = Pattern.compile("^TL;?DR\\s*[:：]?\\s*", Pattern.CASE_INSENSITIVE);
    private static final int MAX_NAME = 200;

    /** A recognised section header. */
    record Header(String topic, int count) {}

    /** The shape of a file's {@code lines}, whose field labels ({@link FieldLabels#learn}) are already known. */
    static DigestShape learn(List<Line> lines, FieldLabels fields) {
        Map<String, Integer> areaVotes = new HashMap<>();
        Map<String, Integer> topicVotes = new HashMap<>();
        int[] next = new int[3];
        String previous = "";
        for (int i = 0; i < lines.size(); i++) {
            if (!nextNonBlank(lines, i, next)) {
                break;
            }
            String first = lines.get(next[0]).text();
            String second = lines.get(next[1]).text();
            // The first line after an abstract marker is abstract text, whatever follows it.
            if (lines.get(next[2]).text().startsWith("#")
                    && !first.startsWith("#")
                    && !second.startsWith("#")
                    && first.length() <= MAX_NAME
                    && second.length() <= MAX_NAME
                    && !isAbstractMarker(previous)) {
                areaVotes.merge(first, 1, Integer::sum);
                topicVotes.merge(second, 1, Integer::sum);
            }
            previous = first;
            i = next[0];
        }
        Set<String> areas = new HashSet<>();
        areaVotes.forEach((name, votes) -> {
            if (votes > topicVotes.getOrDefault(name, 0)) {
                areas.add(name);
            }
        });
        Set<String> topics = new HashSet<>(topicVotes.keySet());
        topics.removeAll(areas);
        String common = areaVotes.entrySet().stream()
                .filter(e -> areas.contains(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("");
        return new DigestShape(areas, topics, common, fields);
    }

    /** Fills {@code next} with the indexes of the next three non-blank lines from {@code from}. */
    private static boolean nextNonBlank(List<Line> lines, int from, int[] next) {
        int found = 0;
        for (int i = from; i < lines.size() && found < next.length; i++) {
            if (!lines.get(i).isBlank()) {
                next[found++] = i;
            }
        }
        return found == next.length;
    }

    boolean isArea(String text) {
        return areas.contains(text);
    }

    boolean isTopic(String text) {
        return topics.contains(text);
    }

    Optional<Header> header(String text) {
        if (text.length() > MAX_NAME || text.isEmpty() || !Character.isDigit(lastDigitCandidate(text))) {
            return Optional.empty();
        }
        Matcher m = HEADER.matcher(text);
        if (m.matches() && topics.contains(m.group(1))) {
            return Optional.of(new Header(m.group(1), Integer.parseInt(m.group(2))));
        }
        return Optional.empty();
    }

    /** A header's last non-letter character is its count's last digit; a cheap pre-check before the regex. */
    private static char lastDigitCandidate(String text) {
        int i = text.length() - 1;
        while (i > 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == ' ')) {
            i--;
        }
        return text.charAt(i);
    }

    /** Whether the line is the abstract marker; the same in every file, so it needs no shape. */
    static boolean isAbstractMarker(String text) {
        return text.length() < MAX_NAME
                && text.indexOf("(Abstract)") >= 0
                && ABSTRACT_MARKER.matcher(text).find();
    }

    /** The TL;DR text if the line is a TL;DR line. */
    Optional<String> tldr(String text) {
        if (text.isEmpty() || Character.toUpperCase(text.charAt(0)) != 'T') {
            return Optional.empty();
        }
        Matcher m = TLDR.matcher(text);
        return m.lookingAt() ? Optional.of(text.substring(m.end())) : Optional.empty();
    }
}
