package dev.sitegen.discover;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The subset of JSON Schema that papers.schema.json uses (type, required, properties,
 * additionalProperties: false, items, local $ref, minimum, minLength), enough to check the export
 * against its schema without a validator dependency. Returns the violations, each with its path.
 */
final class JsonShape {

    private final JsonNode root;
    private final List<String> violations = new ArrayList<>();

    private JsonShape(JsonNode root) {
        this.root = root;
    }

    static List<String> violations(JsonNode schema, JsonNode instance) {
        JsonShape shape = new JsonShape(schema);
        shape.check(schema, instance, "$");
        return shape.violations;
    }

    private void check(JsonNode schema, JsonNode value, String path) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            check(root.at(ref.substring(1)), value, path);
            return;
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            violations.add(path + ": expected " + schema.get("type") + " but was " + value.getNodeType());
            return;
        }
        if (schema.has("minimum")
                && value.isNumber()
                && value.asDouble() < schema.get("minimum").asDouble()) {
            violations.add(path + ": below minimum");
        }
        if (schema.has("minLength")
                && value.isTextual()
                && value.asText().length() < schema.get("minLength").asInt()) {
            violations.add(path + ": shorter than minLength");
        }
        if (value.isObject()) {
            schema.path("required").forEach(r -> {
                if (!value.has(r.asText())) {
                    violations.add(path + ": missing required " + r.asText());
                }
            });
            for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonNode property = schema.path("properties").get(name);
                if (property != null) {
                    check(property, value.get(name), path + "." + name);
                } else if (schema.path("additionalProperties").isBoolean()
                        && !schema.get("additionalProperties").asBoolean()) {
                    violations.add(path + ": unexpected property " + name);
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]");
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("unsupported schema type " + type);
        };
    }
}
