package dev.sitegen.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sitegen.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maintainer-written tag merges the automatic folding misses, from {@code content/tag-aliases.yml}: each
 * key is a canonical tag, its value the other spellings that mean the same. Example:
 * {@code Reinforcement Learning with Verifiable Rewards: [RLVR]}.
 */
public record TagAliases(Map<String, List<String>> canonicalToSpellings) {
    public static final String FILE_NAME = "tag-aliases.yml";

    public TagAliases {
        canonicalToSpellings = Map.copyOf(canonicalToSpellings);
    }

    public static TagAliases none() {
        return new TagAliases(Map.of());
    }

    /** Reads the alias file of a content directory; a missing file means no aliases. */
    public static TagAliases load(Path contentDir) throws ConfigException {
        Path file = contentDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        try {
            Map<String, List<String>> raw = new ObjectMapper(new YAMLFactory())
                    .readValue(file.toFile(), new TypeReference<LinkedHashMap<String, List<String>>>() { });
            return raw == null ? none() : new TagAliases(withoutNulls(raw));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ConfigException(file + ":" + line + ": " + e.getOriginalMessage()
                    + ". Each entry must be 'Canonical Tag: [spelling, other spelling]'.");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read (" + e.getMessage() + ").");
        }
    }

    private static Map<String, List<String>> withoutNulls(Map<String, List<String>> raw) {
        Map<String, List<String>> clean = new LinkedHashMap<>();
        raw.forEach((k, v) -> clean.put(k, v == null ? List.of() : v.stream().filter(s -> s != null).toList()));
        return clean;
    }

    /** Folded spelling → folded canonical key. */
    Map<String, String> foldedMap() {
        Map<String, String> map = new LinkedHashMap<>();
        canonicalToSpellings.forEach((canonical, spellings) -> {
            String target = TagKey.fold(canonical);
            spellings.forEach(s -> map.put(TagKey.fold(s), target));
        });
        return map;
    }
}
