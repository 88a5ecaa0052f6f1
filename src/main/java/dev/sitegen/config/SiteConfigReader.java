package dev.sitegen.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads {@code site.yml} from a content directory; a missing file means {@link SiteConfig#defaults()}. Unknown
 * keys, values of the wrong kind and addresses that are not absolute http(s) URLs are errors naming key and line.
 */
public final class SiteConfigReader {
    public static final String FILE_NAME = "site.yml";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    /** The file as written: every key optional, unknown keys rejected. */
    private static final SortedSet<String> KNOWN_KEYS =
            new TreeSet<>(Arrays.stream(RawConfig.class.getRecordComponents())
                    .map(c -> c.getName())
                    .toList());

    record RawConfig(
            String title,
            String description,
            String baseUrl,
            String language,
            String repositoryUrl,
            Map<String, String> topicSlugs) {}

    public SiteConfig read(Path contentDir) throws ConfigException {
        Path file = contentDir.resolve(FILE_NAME);
        Optional<String> text = YamlFile.read(file);
        if (text.isEmpty() || text.get().isBlank()) {
            return SiteConfig.defaults();
        }
        RawConfig raw;
        Map<String, Integer> lines;
        try {
            lines = keyLines(file, text.get());
            raw = yaml.readValue(text.get(), RawConfig.class);
        } catch (JsonProcessingException e) {
            throw YamlFile.problem(
                    file, e, SiteConfigReader::expected, "Fix the YAML syntax or delete the file to use the defaults.");
        } catch (IOException e) {
            throw new ConfigException(file + ": the file cannot be read (" + e.getMessage() + ").");
        }
        if (raw == null) {
            return SiteConfig.defaults();
        }
        SiteConfig d = SiteConfig.defaults();
        return new SiteConfig(
                Optional.ofNullable(raw.title()).orElse(d.title()),
                Optional.ofNullable(raw.description()).orElse(d.description()),
                url(file, lines, "baseUrl", raw.baseUrl()),
                Optional.ofNullable(raw.language()).orElse(d.language()),
                url(file, lines, "repositoryUrl", raw.repositoryUrl()),
                raw.topicSlugs() == null ? Map.of() : new LinkedHashMap<>(raw.topicSlugs()),
                Optional.empty());
    }

    private static String expected(String key) {
        return key.equals("topicSlugs") ? "a mapping of topic name to slug ('推理与思维链: reasoning')" : "text";
    }

    /**
     * A configured address becomes a link on every page: only an absolute {@code http(s)} URL with a host may, so
     * {@code javascript:…} or a value that breaks out of an attribute never does.
     */
    private static Optional<String> url(Path file, Map<String, Integer> lines, String key, String value)
            throws ConfigException {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<String> problem = problem(value.strip());
        if (problem.isPresent()) {
            throw new ConfigException(file + ":" + lines.getOrDefault(key, 0) + ": '" + key + "' must be an absolute "
                    + "http(s) URL such as https://user.github.io/repo/, but " + problem.get() + ". Correct it or "
                    + "remove the key.");
        }
        return Optional.of(value.strip());
    }

    /** Why {@code url} is not an absolute http(s) URL, or empty if it is one. */
    private static Optional<String> problem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("it is not a valid URL (" + e.getReason() + " at character " + (e.getIndex() + 1) + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("it does not start with https:// or http://");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("it has no host name after " + scheme + "://");
        }
        return Optional.empty();
    }

    /**
     * The line of each top-level key, found with a streaming parser because only the parser knows it (the
     * data-binding error points past the key); an unknown key is an error naming it, its line and the known keys.
     */
    private Map<String, Integer> keyLines(Path file, String text) throws IOException, ConfigException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = yaml.getFactory().createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return lines; // not a mapping: data binding reports it with its line
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int line = YamlFile.line(parser.currentTokenLocation());
                if (!KNOWN_KEYS.contains(key)) {
                    throw new ConfigException(file + ":" + line + ": unknown key '" + key + "'; known keys are "
                            + KNOWN_KEYS + ". Remove or rename it.");
                }
                lines.put(key, line);
                parser.nextToken();
                parser.skipChildren();
            }
        }
        return lines;
    }
}
