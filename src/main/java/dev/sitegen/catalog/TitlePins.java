package dev.sitegen.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sitegen.config.ConfigException;
import dev.sitegen.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Titles a maintainer chooses for some papers, from {@code content/titles.yml}: each key is a paper id (the
 * last part of its page address), its value the title shown instead of the derived one. Example:
 * {@code a6ef98000d: "GuardSpace: Preserving Safety Alignment During Fine-Tuning"}.
 */
public record TitlePins(Map<String, Pin> byId) {
    public static final String FILE_NAME = "titles.yml";

    /** One pinned title and where it is written, for errors about it. */
    public record Pin(String title, SourceLocation source) {}

    public TitlePins {
        byId = Map.copyOf(byId);
    }

    public static TitlePins none() {
        return new TitlePins(Map.of());
    }

    /** Reads the pins of a content directory; a missing or empty file pins nothing. */
    public static TitlePins load(Path contentDir) throws ConfigException {
        Path file = contentDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        Map<String, Pin> pins = new LinkedHashMap<>();
        try (JsonParser parser = new YAMLFactory().createParser(file.toFile())) {
            JsonToken start = parser.nextToken();
            if (start == null) {
                return none();
            }
            if (start != JsonToken.START_OBJECT) {
                throw error(file, parser.currentLocation().getLineNr(), "the file must map paper ids to titles");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String id = parser.currentName();
                int line = parser.currentLocation().getLineNr();
                JsonToken value = parser.nextToken();
                String title =
                        value == JsonToken.VALUE_STRING ? parser.getText().strip() : "";
                if (title.isEmpty() || title.length() > Titles.MAX) {
                    throw error(
                            file, line, "the title of '" + id + "' must be text of 1 to " + Titles.MAX + " characters");
                }
                Pin earlier = pins.putIfAbsent(id, new Pin(title, new SourceLocation(file.toString(), line)));
                if (earlier != null) {
                    throw error(
                            file,
                            line,
                            "'" + id + "' is pinned twice (also at line "
                                    + earlier.source().line() + "); keep one of the two lines");
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw error(file, line, e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read (" + e.getMessage() + ").");
        }
        return new TitlePins(pins);
    }

    private static ConfigException error(Path file, int line, String what) {
        return new ConfigException(file + ":" + line + ": " + what
                + ". Each line must be 'paper-id: \"Title\"' (the id is the last part of the paper page's address).");
    }
}
