package it.lombardia.codesign.audit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Turns the records features report into the JSON the log keeps, and that JSON back into fields an
 * administrator can compare. Uses the application's JSON mapper, so records and java.time values
 * come out as the rest of the application writes them (ISO dates).
 */
@Component
class AuditJson {

    /** A text this long is cut when an entry would not fit its column otherwise. */
    private static final int LONG_TEXT = 2_000;
    private static final String SCALAR_FIELD = "value";

    private final JsonMapper mapper;

    AuditJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** The record as a JSON tree, without any property that looks like a password; null stays null. */
    JsonNode tree(Object value) {
        if (value == null) {
            return null;
        }
        JsonNode tree = mapper.valueToTree(value);
        // Defence in depth: publishers must leave secrets out, but a forgotten field must not reach the log.
        dropPasswords(tree);
        return tree;
    }

    /** The tree as stored; long texts are cut only when the whole would not fit the column. */
    String write(JsonNode tree) {
        if (tree == null) {
            return null;
        }
        String json = mapper.writeValueAsString(tree);
        if (json.length() > AuditEntry.JSON_MAX) {
            json = mapper.writeValueAsString(shortenTexts(tree.deepCopy()));
        }
        if (json.length() > AuditEntry.JSON_MAX) {
            throw new IllegalArgumentException("Audit record too large: " + json.length() + " characters");
        }
        return json;
    }

    /** Field name to text; nested fields joined with a dot, arrays as a sorted comma-separated list. */
    Map<String, String> fields(JsonNode tree) {
        if (tree == null) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (tree.isObject()) {
            flatten("", tree, fields);
        } else {
            fields.put(SCALAR_FIELD, text(tree));
        }
        return fields;
    }

    Map<String, String> fields(String json) {
        return json == null ? null : fields(mapper.readTree(json));
    }

    /** The fields whose text differs, in order; empty unless both sides exist. */
    static List<String> changedFields(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        if (before == null || after == null) {
            return changed;
        }
        for (String field : before.keySet()) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                changed.add(field);
            }
        }
        after.keySet().stream().filter(f -> !before.containsKey(f)).forEach(changed::add);
        return changed;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> fields) {
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String name = prefix + property.getKey();
            if (property.getValue().isObject() && !property.getValue().isEmpty()) {
                flatten(name + ".", property.getValue(), fields);
            } else {
                fields.put(name, text(property.getValue()));
            }
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            // Sets have no order of their own; sorting keeps an unchanged set from showing as changed.
            TreeSet<String> items = new TreeSet<>();
            node.forEach(item -> items.add(item.isValueNode() ? item.asString() : item.toString()));
            return String.join(", ", items);
        }
        return node.isValueNode() ? node.asString() : node.toString();
    }

    private static void dropPasswords(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> properties = object.properties().iterator();
            while (properties.hasNext()) {
                Map.Entry<String, JsonNode> property = properties.next();
                if (property.getKey().toLowerCase(Locale.ROOT).contains("password")) {
                    properties.remove();
                } else {
                    dropPasswords(property.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(AuditJson::dropPasswords);
        }
    }

    private static JsonNode shortenTexts(JsonNode node) {
        if (node.isString() && node.stringValue().length() > LONG_TEXT) {
            return StringNode.valueOf(node.stringValue().substring(0, LONG_TEXT) + "…");
        }
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> property : object.properties()) {
                property.setValue(shortenTexts(property.getValue()));
            }
        } else if (node instanceof tools.jackson.databind.node.ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, shortenTexts(array.get(i)));
            }
        }
        return node;
    }
}
