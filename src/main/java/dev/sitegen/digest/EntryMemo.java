package dev.sitegen.digest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last read's entry outcomes per file, for a long-lived reader ({@code serve}): an entry whose lines
 * (text and line numbers) are unchanged is not read again, as long as everything an entry's reading
 * depends on that is learnt from the whole file is unchanged too. After a maintainer edits one field,
 * that is every other entry of the file.
 */
final class EntryMemo {

    /** What reading an entry depends on besides its own lines. */
    record FileFacts(DigestShape shape, Set<String> compounds, List<String> expectedLabels, Set<Integer> badLines) {
    }

    private record Remembered(FileFacts facts, Map<List<Line>, EntryOutcome> outcomes) {
    }

    private final Map<String, Remembered> byFile = new HashMap<>();

    /** The outcomes remembered for {@code file} if they were read with equal facts, else none. */
    synchronized Map<List<Line>, EntryOutcome> known(String file, FileFacts facts) {
        Remembered last = byFile.get(file);
        return last != null && last.facts().equals(facts) ? last.outcomes() : Map.of();
    }

    /** Replaces what is remembered for {@code file}: entries not read this time are forgotten. */
    synchronized void remember(String file, FileFacts facts, List<List<Line>> entries, List<EntryOutcome> outcomes) {
        Map<List<Line>, EntryOutcome> byLines = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            byLines.put(entries.get(i), outcomes.get(i));
        }
        byFile.put(file, new Remembered(facts, byLines));
    }
}
