package dev.sitegen.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;

/** Reads {@code site.yml} from a content directory; a missing file means {@link SiteConfig#defaults()}. */
public final class SiteConfigReader {
    public static final String FILE_NAME = "site.yml";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The file as written: every key optional, unknown keys rejected. */
    private static final SortedSet<String> KNOWN_KEYS = new TreeSet<>(
            Arrays.stream(RawConfig.class.getRecordComponents()).map(c -> c.getName()).toList());

    record RawConfig(String title, String description, String baseUrl, String language, String repositoryUrl,
            Map<String, String> topicSlugs) {
    }

    public SiteConfig read(Path contentDir) throws ConfigException {
        Path file = contentDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return SiteConfig.defaults();
        }
        RawConfig raw;
        try {
            String text = Files.readString(file);
            if (text.isBlank()) {
                return SiteConfig.defaults();
            }
            rejectUnknownKeys(file, text);
            raw = yaml.readValue(text, RawConfig.class);
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ":" + line(e.getLocation()) + ": " + e.getOriginalMessage()
                    + ". Fix the YAML syntax or delete the file to use the defaults.");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read (" + e.getMessage() + ").");
        }
        if (raw == null) {
            return SiteConfig.defaults();
        }
        SiteConfig d = SiteConfig.defaults();
        return new SiteConfig(
                Optional.ofNullable(raw.title()).orElse(d.title()),
                Optional.ofNullable(raw.description()).orElse(d.description()),
                Optional.ofNullable(raw.baseUrl()).filter(s -> !s.isBlank()),
                Optional.ofNullable(raw.language()).orElse(d.language()),
                Optional.ofNullable(raw.repositoryUrl()).filter(s -> !s.isBlank()),
                raw.topicSlugs() == null ? Map.of() : new LinkedHashMap<>(raw.topicSlugs()));
    }

    /**
     * Walks the top-level keys with a streaming parser, because only the parser knows the line of the
     * offending key (the data-binding error points past it).
     */
    private void rejectUnknownKeys(Path file, String text) throws IOException, ConfigException {
        try (JsonParser parser = yaml.getFactory().createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return; // not a mapping: data binding reports it with its line
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                if (!KNOWN_KEYS.contains(key)) {
                    throw new ConfigException(file + ":" + line(parser.currentTokenLocation()) + ": unknown key '"
                            + key + "'; known keys are " + KNOWN_KEYS + ". Remove or rename it.");
                }
                parser.nextToken();
                parser.skipChildren();
            }
        }
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }
}
