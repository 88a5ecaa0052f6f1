package dev.sitegen.discover;

import dev.sitegen.model.Area;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.model.SourceLocation;
import dev.sitegen.model.SummaryField;
import dev.sitegen.model.Tag;
import dev.sitegen.model.TagRef;
import dev.sitegen.model.Topic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Throwaway loader of the real digest for trying the discover computations before the digest
 * reader lands: a plain line scan, no diagnostics. Test scope only; {@code copies} &gt; 1 repeats every
 * paper with distinct ids to measure growth.
 */
final class DigestScan {

    private static final String AREA = "基础/前沿模型 (含LLM)";
    private static final String ABSTRACT = "查看完整摘要 (Abstract)";
    private static final List<String> LABELS = List.of("研究动机", "解决问题", "现象分析", "主要方法", "数据与实验", "主要贡献");

    private DigestScan() {
    }

    static Catalog load(Path file, int copies) throws IOException, NoSuchAlgorithmException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, List<Paper>> byTopic = new LinkedHashMap<>();
        for (int copy = 0; copy < copies; copy++) {
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).equals(AREA)) {
                    continue;
                }
                String topic = lines.get(i + 1);
                List<TagRef> tags = new ArrayList<>();
                for (String t : lines.get(i + 2).split("#")) {
                    if (!t.isBlank()) {
                        tags.add(new TagRef(t.strip(), slug(t)));
                    }
                }
                Optional<String> tldr = Optional.empty();
                List<SummaryField> fields = new ArrayList<>();
                List<String> abstractLines = new ArrayList<>();
                int j = i + 3;
                for (; j < lines.size() && !lines.get(j).equals(AREA) && !lines.get(j).endsWith(" 篇"); j++) {
                    String line = lines.get(j);
                    if (line.startsWith("TL;DR:")) {
                        tldr = Optional.of(line.substring(6).strip());
                    } else if (line.equals(ABSTRACT)) {
                        for (j++; j < lines.size() && !lines.get(j).equals(AREA) && !lines.get(j).endsWith(" 篇"); j++) {
                            abstractLines.add(lines.get(j));
                        }
                        break;
                    } else {
                        int space = line.indexOf(' ');
                        String rest = space > 0 ? line.substring(space + 1) : line;
                        LABELS.stream().filter(rest::startsWith).findFirst().ifPresent(label -> fields.add(
                                new SummaryField(line.substring(0, space), label, rest.substring(label.length()))));
                    }
                }
                String id = id(String.join("\n", abstractLines) + (copy == 0 ? "" : "#" + copy));
                String title = fields.stream().filter(f -> f.label().equals("主要方法")).findFirst()
                        .map(f -> f.text().substring(0, Math.min(40, f.text().length()))).orElse(id);
                byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(new Paper(id, title, Optional.empty(),
                        AREA, topic, tags, tldr, fields, abstractLines, new SourceLocation(file.toString(), i + 1)));
            }
        }
        List<Topic> topics = new ArrayList<>();
        byTopic.forEach((name, papers) -> topics.add(new Topic(slug(name), name, AREA, papers, OptionalInt.empty())));
        return new Catalog(List.of(new Area(AREA, topics)), tags(topics));
    }

    private static List<Tag> tags(List<Topic> topics) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        topics.forEach(t -> t.papers().forEach(p -> p.tags().forEach(r -> {
            List<String> list = ids.computeIfAbsent(r.slug(), k -> new ArrayList<>());
            if (!list.contains(p.id())) {
                list.add(p.id());
            }
            names.putIfAbsent(r.slug(), r.written());
        })));
        return ids.entrySet().stream()
                .map(e -> new Tag(e.getKey(), names.get(e.getKey()), List.of(names.get(e.getKey())), e.getValue()))
                .sorted((a, b) -> a.count() != b.count() ? b.count() - a.count() : a.slug().compareTo(b.slug()))
                .toList();
    }

    static String slug(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return s.endsWith("s") && s.length() > 3 ? s.substring(0, s.length() - 1) : s;
    }

    private static String id(String text) throws NoSuchAlgorithmException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 5);
    }
}
