package dev.sitegen.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A hand-written YAML file of the content directory ({@code site.yml}, {@code tag-aliases.yml}): read with a
 * size limit, because a parser given a 10 MB value works for minutes, and its problems said in the file's
 * terms (key, line, what is expected), not in the terms of the Java types it is read into.
 */
public final class YamlFile {
    /** Far more than any hand-written configuration needs. */
    public static final long MAX_BYTES = 1024 * 1024;

    private YamlFile() {}

    /** The file's text, or empty when there is no such file. */
    public static Optional<String> read(Path file) throws ConfigException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ConfigException(file + ": the file is " + size + " bytes long; a configuration file may "
                        + "be at most " + MAX_BYTES + " bytes (1 MB). Shorten it.");
            }
            return Optional.of(Files.readString(file));
        } catch (CharacterCodingException e) {
            throw new ConfigException(file + ": the file is not valid UTF-8; save it as UTF-8.");
        } catch (IOException e) {
            throw new ConfigException(
                    file + ": the file cannot be read (" + e.getMessage() + "); check its " + "permissions.");
        }
    }

    /**
     * A parse or type error as {@code file:line: what is wrong. what to do}. {@code expected} says what a key
     * holds ("text", "a list of spellings"); {@code fix} ends the message of a syntax error.
     */
    public static ConfigException problem(
            Path file, JsonProcessingException e, Function<String, String> expected, String fix) {
        String at = file + ":" + line(e.getLocation()) + ": ";
        if (e instanceof MismatchedInputException mismatch) {
            String key = mismatch.getPath().stream()
                    .map(JsonMappingException.Reference::getFieldName)
                    .filter(n -> n != null)
                    .collect(Collectors.joining("."));
            if (key.isEmpty()) {
                return new ConfigException(at + "the file must be a mapping of keys to values ('key: value'). " + fix);
            }
            String top = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            return new ConfigException(at + "'" + key + "' has a value of the wrong kind: it must be "
                    + expected.apply(top) + ". Correct the value.");
        }
        return new ConfigException(
                at + "the YAML cannot be read: " + firstSentence(e.getOriginalMessage()) + ". " + fix);
    }

    public static int line(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }

    /** The parser's message up to its first line break, without a final period (the caller adds one). */
    private static String firstSentence(String message) {
        String first =
                message == null ? "" : message.lines().findFirst().orElse("").strip();
        return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    }
}
