package dev.sitegen.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A throwaway line scan of the real digest into {@link SearchDocument}s, so the search index can be
 * built and measured before the digest reader lands. Test scope only: the site uses the catalog.
 */
final class DigestScan {

    static final String AREA_LINE = "基础/前沿模型 (含LLM)";
    static final String ABSTRACT_LINE = "查看完整摘要 (Abstract)";
    static final Pattern FIELD = Pattern.compile("^(🎯|❓|🔍|🛠️|📊|⭐) (研究动机|解决问题|现象分析|主要方法|数据与实验|主要贡献)(.*)$");
    private static final Pattern SECTION_HEADER = Pattern.compile("^\\S.*\\d+ 篇$");
    private static final Pattern METHOD = Pattern.compile("提出(?:了)?\\s*([A-Za-z][A-Za-z0-9-]{2,})");

    static List<SearchDocument> scan(Path digest) throws IOException {
        List<String> lines = Files.readAllLines(digest, StandardCharsets.UTF_8);
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals(AREA_LINE)) {
                docs.add(entry(lines, i));
            }
        }
        return docs;
    }

    private static SearchDocument entry(List<String> lines, int start) {
        String topic = lines.get(start + 1);
        List<SearchTag> tags = new ArrayList<>();
        Optional<String> tldr = Optional.empty();
        List<String> fields = new ArrayList<>();
        List<String> abstractLines = new ArrayList<>();
        boolean inAbstract = false;
        for (int i = start + 2; i < lines.size() && !lines.get(i).equals(AREA_LINE); i++) {
            String line = lines.get(i);
            Matcher field = FIELD.matcher(line);
            if (inAbstract) {
                if (!SECTION_HEADER.matcher(line).matches() && !line.isBlank()) {
                    abstractLines.add(line);
                }
            } else if (line.equals(ABSTRACT_LINE)) {
                inAbstract = true;
            } else if (line.startsWith("#")) {
                for (String tag : line.substring(1).split(" #")) {
                    String slug = tag.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", "-");
                    tags.add(new SearchTag(slug, tag.strip(), tag.strip()));
                }
            } else if (line.startsWith("TL;DR:")) {
                tldr = Optional.of(line.substring("TL;DR:".length()).strip());
            } else if (field.matches()) {
                fields.add(field.group(3));
            }
        }
        String summary = String.join("\n", fields);
        Matcher method = METHOD.matcher(summary);
        Optional<String> methodName = method.find() ? Optional.of(method.group(1)) : Optional.empty();
        String title = methodName.map(m -> m + ": ").orElse("") + firstSentence(tldr.orElse(fields.isEmpty() ? "" : fields.get(0)));
        String id = "p" + (start + 1);
        return new SearchDocument(id, "papers/" + id + "/index.html", title, methodName, topic, tags, tldr,
                summary, String.join("\n", abstractLines), start + 1);
    }

    private static String firstSentence(String text) {
        int end = text.indexOf('.');
        String sentence = end > 0 ? text.substring(0, end) : text;
        return sentence.length() > 80 ? sentence.substring(0, 80) : sentence;
    }
}
