package dev.sitegen.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sitegen.config.ConfigException;
import dev.sitegen.config.YamlFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maintainer-written tag merges the automatic folding misses, from {@code content/tag-aliases.yml}: each
 * key is a canonical tag, its value the other spellings that mean the same. Example:
 * {@code Reinforcement Learning with Verifiable Rewards: [RLVR]}. A canonical tag may itself be a spelling of
 * another: chains are followed to their end, and a chain that comes back to where it started is an error
 * at the line of its first key.
 *
 * @param lines the line of each canonical key in the file, for messages (empty when not read from a file)
 */
public record TagAliases(Map<String, List<String>> canonicalToSpellings, Map<String, Integer> lines) {
    public static final String FILE_NAME = "tag-aliases.yml";
    private static final String FORMAT = "Each entry must be 'Canonical Tag: [spelling, other spelling]'.";

    public TagAliases {
        canonicalToSpellings = Map.copyOf(canonicalToSpellings);
        lines = Map.copyOf(lines);
    }

    public static TagAliases none() {
        return new TagAliases(Map.of(), Map.of());
    }

    /** Reads the alias file of a content directory; a missing file means no aliases. */
    public static TagAliases load(Path contentDir) throws ConfigException {
        Path file = contentDir.resolve(FILE_NAME);
        Optional<String> text = YamlFile.read(file);
        if (text.isEmpty()) {
            return none();
        }
        Map<String, List<String>> spellings = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = new YAMLFactory().createParser(text.get())) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return none();
            }
            if (token != JsonToken.START_OBJECT) {
                throw new ConfigException(at(file, parser) + "the file must be a mapping of tags. " + FORMAT);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String canonical = parser.currentName();
                lines.putIfAbsent(canonical, YamlFile.line(parser.currentTokenLocation()));
                spellings.computeIfAbsent(canonical, k -> new ArrayList<>()).addAll(spellings(file, parser, canonical));
            }
        } catch (JsonProcessingException e) {
            throw YamlFile.problem(file, e, key -> "a list of spellings", FORMAT);
        } catch (IOException e) {
            throw new ConfigException(file + ": the file cannot be read (" + e.getMessage() + ").");
        }
        TagAliases aliases = new TagAliases(spellings, lines);
        Optional<List<String>> cycle = aliases.cycle();
        if (cycle.isPresent()) {
            String first = cycle.get().get(0);
            throw new ConfigException(file + ":" + lines.getOrDefault(first, 0) + ": the aliases go round in a "
                    + "circle: " + String.join(" → ", cycle.get()) + " → " + first + "; each tag would become another "
                    + "forever. Remove one of these spellings.");
        }
        return aliases;
    }

    /** The value after a canonical key: a list of spellings, one spelling, or nothing. */
    private static List<String> spellings(Path file, JsonParser parser, String canonical)
            throws IOException, ConfigException {
        JsonToken token = parser.nextToken();
        List<String> out = new ArrayList<>();
        if (token == JsonToken.START_ARRAY) {
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null || !token.isScalarValue()) {
                    throw new ConfigException(at(file, parser) + "'" + canonical + "' lists something that is not a "
                            + "spelling. " + FORMAT);
                }
                if (token != JsonToken.VALUE_NULL) {
                    out.add(parser.getText());
                }
            }
        } else if (token != null && token.isScalarValue()) {
            if (token != JsonToken.VALUE_NULL) {
                out.add(parser.getText());
            }
        } else {
            throw new ConfigException(
                    at(file, parser) + "'" + canonical + "' must be followed by a list of spellings. " + FORMAT);
        }
        return out;
    }

    private static String at(Path file, JsonParser parser) {
        return file + ":" + YamlFile.line(parser.currentTokenLocation()) + ": ";
    }

    /**
     * Folded spelling → folded canonical key, each followed to the end of its chain ({@code A: [B]} and
     * {@code B: [C]} send C to A), so the catalog needs one look-up. A cycle (rejected by {@link #load}) stops
     * where it would repeat.
     */
    Map<String, String> foldedMap() {
        Map<String, String> direct = direct();
        Map<String, String> resolved = new LinkedHashMap<>();
        direct.forEach((spelling, target) -> {
            Set<String> seen = new LinkedHashSet<>(List.of(spelling));
            String end = target;
            while (direct.containsKey(end) && seen.add(end)) {
                end = direct.get(end);
            }
            resolved.put(spelling, end);
        });
        return resolved;
    }

    /** Folded spelling → folded canonical key, one step; a spelling that folds like its own key is no alias. */
    private Map<String, String> direct() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String canonical : inFileOrder()) {
            String target = TagFolding.fold(canonical);
            canonicalToSpellings.get(canonical).stream()
                    .map(TagFolding::fold)
                    .filter(s -> !s.equals(target))
                    .forEach(s -> map.put(s, target));
        }
        return map;
    }

    /** The canonical tags as the file lists them (the map itself keeps no order), so results never vary. */
    private List<String> inFileOrder() {
        return canonicalToSpellings.keySet().stream()
                .sorted(Comparator.comparing((String k) -> lines.getOrDefault(k, 0))
                        .thenComparing(k -> k))
                .toList();
    }

    /** The canonical tags (as written) of a chain that comes back to its start, in file order, if any. */
    Optional<List<String>> cycle() {
        Map<String, String> direct = direct();
        Map<String, String> written = new HashMap<>();
        canonicalToSpellings.keySet().forEach(k -> written.putIfAbsent(TagFolding.fold(k), k));
        for (String canonical : inFileOrder()) {
            String start = TagFolding.fold(canonical);
            List<String> path = new ArrayList<>();
            String at = start;
            while (direct.containsKey(at) && path.size() <= direct.size()) {
                path.add(written.getOrDefault(at, at));
                at = direct.get(at);
                if (at.equals(start)) {
                    return Optional.of(path);
                }
            }
        }
        return Optional.empty();
    }
}
