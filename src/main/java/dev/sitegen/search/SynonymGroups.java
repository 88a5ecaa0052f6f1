package dev.sitegen.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sitegen.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Curated search synonyms from {@code content/synonyms.yml}: a list of groups, each a list of phrases
 * that mean the same to a reader, so a query for any of them finds the papers of all. Example line:
 * {@code - [投机解码, 推测解码, speculative decoding]}.
 */
public record SynonymGroups(List<List<String>> groups) {
    public static final String FILE_NAME = "synonyms.yml";

    public SynonymGroups {
        groups = groups.stream().map(List::copyOf).toList();
    }

    public static SynonymGroups none() {
        return new SynonymGroups(List.of());
    }

    /** Reads the synonyms of a content directory; a missing file means none. */
    public static SynonymGroups load(Path contentDir) throws ConfigException {
        Path file = contentDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        try {
            List<List<String>> raw = new ObjectMapper(new YAMLFactory())
                    .readValue(file.toFile(), new TypeReference<List<List<String>>>() {});
            if (raw == null) {
                return none();
            }
            return new SynonymGroups(raw.stream()
                    .filter(Objects::nonNull)
                    .map(g -> g.stream()
                            .filter(Objects::nonNull)
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList())
                    .filter(g -> g.size() >= 2)
                    .toList());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ConfigException(
                    file + ":" + line + ": " + e.getOriginalMessage()
                            + ". Each line must be a group of phrases that mean the same, like '- [投机解码, speculative decoding]'.");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read (" + e.getMessage() + ").");
        }
    }
}
