package dev.sitegen.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Reads {@code site.yml} from a content directory; a missing file means {@link SiteConfig#defaults()}. */
public final class SiteConfigReader {
    public static final String FILE_NAME = "site.yml";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The file as written: every key optional, unknown keys rejected. */
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
            raw = yaml.readValue(file.toFile(), RawConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(file + ":" + line(e.getLocation()) + ": unknown key '" + e.getPropertyName()
                    + "'; known keys are " + new TreeSet<>(knownKeys(e)) + ". Remove or rename it.");
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

    private static int line(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }

    private static java.util.Collection<String> knownKeys(UnrecognizedPropertyException e) {
        return e.getKnownPropertyIds().stream().map(Object::toString).toList();
    }
}
