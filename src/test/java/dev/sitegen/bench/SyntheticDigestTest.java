package dev.sitegen.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticDigestTest {

    private static final Pattern HEADER = Pattern.compile("(.*?)(\\d+) 篇");
    private static final List<String> FIELD_PREFIXES =
            List.of("🎯 研究动机", "❓ 解决问题", "🔍 现象分析", "🛠️ 主要方法", "📊 数据与实验", "⭐ 主要贡献");

    /** One paper as read back by this test, independently of the generator's own splitting. */
    private record Entry(String topic, String tagLine, List<String> lines, String abstractText) {}

    @Test
    void keepsDigestUnchangedAtScaleOne() throws IOException {
        String fixture = fixture();
        String real = realDigest();

        assertEquals(fixture, SyntheticDigest.scale(fixture, 1, 42));
        assertEquals(real, SyntheticDigest.scale(real, 1, 42));
    }

    @Test
    void multipliesSectionCountsAndKeepsEntryFormat() throws IOException {
        String scaled = SyntheticDigest.scale(fixture(), 4, 42);

        List<Entry> entries = readBack(scaled);

        assertEquals(16, entries.size());
        assertTrue(scaled.startsWith("指令微调与对齐12 篇\n"));
        assertTrue(scaled.contains("\n推理与思维链4 篇\n"));
    }

    @Test
    void isDeterministicForTheSameSeed() throws IOException {
        String fixture = fixture();

        assertEquals(SyntheticDigest.scale(fixture, 5, 7), SyntheticDigest.scale(fixture, 5, 7));
        assertNotEquals(SyntheticDigest.scale(fixture, 5, 7), SyntheticDigest.scale(fixture, 5, 8));
    }

    @Test
    void givesEveryCopyOfTheRealDigestADistinctAbstract() throws IOException {
        List<Entry> entries = readBack(SyntheticDigest.scale(realDigest(), 5, 42));

        Set<String> abstracts = new HashSet<>();
        entries.forEach(e -> abstracts.add(e.abstractText()));

        assertEquals(803 * 5, entries.size());
        assertEquals(entries.size(), abstracts.size());
    }

    @Test
    void renamesThePapersOwnMethodEverywhereButKeepsSharedNames() throws IOException {
        Entry copy = readBack(SyntheticDigest.scale(fixture(), 3, 42)).stream()
                .filter(e -> e.abstractText().contains("GuardSpace2"))
                .findFirst()
                .orElseThrow();
        String text = String.join("\n", copy.lines());

        assertTrue(text.contains("🛠️ 主要方法提出GuardSpace2框架"), text);
        assertFalse(Pattern.compile("GuardSpace(?![0-9])").matcher(text).find(), text);
        assertTrue(copy.abstractText().contains("Large language models (LLMs)"));
    }

    @Test
    void swapsTagsOnlyForTagsOfTheSameTopic() throws IOException {
        String fixture = fixture();
        List<Entry> originals = readBack(fixture);
        List<Entry> copies = readBack(SyntheticDigest.scale(fixture, 6, 42));

        for (Entry copy : copies) {
            Set<String> topicTags = new HashSet<>();
            originals.stream()
                    .filter(o -> o.topic().equals(copy.topic()))
                    .forEach(o -> topicTags.addAll(tags(o.tagLine())));
            assertTrue(topicTags.containsAll(tags(copy.tagLine())), copy.tagLine());
        }
        assertTrue(copies.stream().map(Entry::tagLine).distinct().count() > originals.size());
    }

    @Test
    void writesTheSameDigestFromTheCommandLine(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.txt");
        Path out = dir.resolve("out.txt");
        Files.writeString(in, fixture());

        SyntheticDigest.main(new String[] {in.toString(), "3", out.toString(), "9"});

        assertEquals(SyntheticDigest.scale(fixture(), 3, 9), Files.readString(out));
    }

    @Test
    void rejectsFewerThanOneCopy() throws IOException {
        String fixture = fixture();

        assertThrows(IllegalArgumentException.class, () -> SyntheticDigest.scale(fixture, 0, 42));
    }

    /** Reads a digest back, asserting the format and that every header counts its section. */
    private static List<Entry> readBack(String digest) {
        List<Entry> all = new ArrayList<>();
        List<String> lines = List.of(digest.split("\n"));
        int i = 0;
        while (i < lines.size()) {
            Matcher header = HEADER.matcher(lines.get(i));
            assertTrue(header.matches(), "header expected at line " + (i + 1) + ": " + lines.get(i));
            i++;
            int count = 0;
            while (i < lines.size() && lines.get(i).equals(SyntheticDigest.MARKER)) {
                int end = i + 1;
                while (end < lines.size()
                        && !lines.get(end).equals(SyntheticDigest.MARKER)
                        && !HEADER.matcher(lines.get(end)).matches()) {
                    end++;
                }
                all.add(entry(lines.subList(i, end), header.group(1), i + 1));
                count++;
                i = end;
            }
            assertEquals(Integer.parseInt(header.group(2)), count, header.group());
        }
        return all;
    }

    private static Entry entry(List<String> lines, String topic, int lineNumber) {
        String where = "entry at line " + lineNumber;
        assertEquals(topic, lines.get(1), where);
        assertTrue(lines.get(2).startsWith("#"), where);
        int abstractMark = lines.indexOf(SyntheticDigest.ABSTRACT_MARK);
        assertTrue(abstractMark > 0 && abstractMark < lines.size() - 1, where);
        List<String> fieldLines = lines.subList(3, abstractMark).stream()
                .filter(l -> FIELD_PREFIXES.stream().anyMatch(l::startsWith))
                .toList();
        assertEquals(FIELD_PREFIXES.size(), fieldLines.size(), where);
        for (int f = 0; f < FIELD_PREFIXES.size(); f++) {
            assertTrue(fieldLines.get(f).startsWith(FIELD_PREFIXES.get(f)), where);
        }
        String abstractText = String.join("\n", lines.subList(abstractMark + 1, lines.size()));
        return new Entry(topic, lines.get(2), lines, abstractText);
    }

    private static List<String> tags(String tagLine) {
        return Pattern.compile("[#;]")
                .splitAsStream(tagLine)
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .toList();
    }

    private static String fixture() throws IOException {
        try (InputStream in = SyntheticDigestTest.class.getResourceAsStream("/bench/two-topics.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String realDigest() throws IOException {
        return Files.readString(Path.of("content/iclr2026-llm.txt"));
    }
}
