package app.yibao.atlas.knowledge;

import static app.yibao.atlas.knowledge.FactSchema.FieldType.CHANNEL_LIST;
import static app.yibao.atlas.knowledge.FactSchema.FieldType.ENUM;
import static app.yibao.atlas.knowledge.FactSchema.FieldType.ENUM_LIST;
import static app.yibao.atlas.knowledge.FactSchema.FieldType.INTEGER;
import static app.yibao.atlas.knowledge.FactSchema.FieldType.NUMBER;
import static app.yibao.atlas.knowledge.FactSchema.FieldType.TEXT;
import static app.yibao.atlas.knowledge.FactSchema.FieldType.TEXT_LIST;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.yibao.atlas.facts.AccountTopic;
import app.yibao.atlas.facts.Beneficiary;
import app.yibao.atlas.facts.FactKind;
import app.yibao.atlas.facts.NoticeSeverity;
import app.yibao.atlas.facts.QueryChannelType;
import app.yibao.atlas.facts.UsageCategory;
import app.yibao.atlas.facts.WithdrawalChannelType;
import app.yibao.atlas.facts.WithdrawalKind;

/** The kind-specific fields of each fact kind in the knowledge files, and their validation. */
final class FactSchema {

    enum FieldType { TEXT, TEXT_LIST, NUMBER, INTEGER, ENUM, ENUM_LIST, CHANNEL_LIST }

    record Field(String name, FieldType type, Class<? extends Enum<?>> values, boolean required) {
    }

    private static final Map<FactKind, List<Field>> FIELDS = new EnumMap<>(Map.of(
            FactKind.WITHDRAWAL_CONDITION, List.of(
                    required("kind", ENUM, WithdrawalKind.class), optional("applicant", TEXT),
                    optional("materials", TEXT_LIST), optional("outcome", TEXT), optional("notes", TEXT_LIST)),
            FactKind.WITHDRAWAL_PROCEDURE, List.of(
                    optional("channels", CHANNEL_LIST), optional("steps", TEXT_LIST),
                    optional("materials", TEXT_LIST), optional("processingTime", TEXT),
                    optional("processingDaysMin", INTEGER), optional("processingDaysMax", INTEGER),
                    optional("payout", TEXT)),
            FactKind.USAGE_SCENARIO, List.of(
                    required("category", ENUM, UsageCategory.class),
                    new Field("beneficiaries", ENUM_LIST, Beneficiary.class, false),
                    optional("conditions", TEXT_LIST), optional("balanceThreshold", NUMBER),
                    optional("tiers", TEXT_LIST)),
            FactKind.QUERY_CHANNEL, List.of(
                    required("channelType", ENUM, QueryChannelType.class), optional("name", TEXT),
                    optional("steps", TEXT_LIST), optional("prerequisites", TEXT_LIST), optional("contact", TEXT)),
            FactKind.CONTACT, List.of(
                    new Field("organisation", TEXT, null, true), optional("phone", TEXT),
                    optional("address", TEXT), optional("openingHours", TEXT)),
            FactKind.NOTICE, List.of(required("severity", ENUM, NoticeSeverity.class)),
            FactKind.ACCOUNT_FACT, List.of(
                    required("topic", ENUM, AccountTopic.class), optional("amount", NUMBER),
                    optional("unit", TEXT))));

    private FactSchema() {
    }

    static List<Field> fieldsOf(FactKind kind) {
        return FIELDS.get(kind);
    }

    /** Checks the kind-specific fields of one fact entry and returns them as the fact's JSON details. */
    static ObjectNode details(FactKind kind, JsonNode entry, String where, Problems problems) {
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        for (Field field : FIELDS.get(kind)) {
            JsonNode value = entry.get(field.name());
            if (value == null || value.isNull()) {
                if (field.required()) {
                    problems.add(where, "field '" + field.name() + "' is required for " + kind);
                }
                continue;
            }
            JsonNode checked = check(field, value, where + ", field '" + field.name() + "'", problems);
            if (checked != null) {
                details.set(field.name(), checked);
            }
        }
        return details;
    }

    private static JsonNode check(Field field, JsonNode value, String where, Problems problems) {
        switch (field.type()) {
            case TEXT:
                return text(value, where, problems);
            case NUMBER:
                if (value.isNumber()) {
                    return value;
                }
                problems.add(where, "must be a number, found " + value);
                return null;
            case INTEGER:
                if (value.canConvertToInt() && value.isIntegralNumber() && value.asInt() >= 0) {
                    return value;
                }
                problems.add(where, "must be a whole number of 0 or more, found " + value);
                return null;
            case ENUM:
                return enumValue(field.values(), value, where, problems);
            case TEXT_LIST:
            case ENUM_LIST:
            case CHANNEL_LIST:
                return list(field, value, where, problems);
            default:
                throw new IllegalStateException(field.type().name());
        }
    }

    private static JsonNode list(Field field, JsonNode value, String where, Problems problems) {
        if (!value.isArray()) {
            problems.add(where, "must be a list");
            return null;
        }
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < value.size(); i++) {
            String itemWhere = where + " item " + (i + 1);
            JsonNode item = switch (field.type()) {
                case TEXT_LIST -> text(value.get(i), itemWhere, problems);
                case ENUM_LIST -> enumValue(field.values(), value.get(i), itemWhere, problems);
                default -> channel(value.get(i), itemWhere, problems);
            };
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private static JsonNode channel(JsonNode value, String where, Problems problems) {
        if (!value.isObject()) {
            problems.add(where, "must be an entry with type, name and description");
            return null;
        }
        ObjectNode channel = JsonNodeFactory.instance.objectNode();
        value.fieldNames().forEachRemaining(name -> {
            if (!List.of("type", "name", "description").contains(name)) {
                problems.add(where, "unknown field '" + name + "' (allowed: type, name, description)");
            }
        });
        JsonNode type = value.get("type");
        if (type == null) {
            problems.add(where, "field 'type' is required");
        } else {
            JsonNode checked = enumValue(WithdrawalChannelType.class, type, where + ", field 'type'", problems);
            if (checked != null) {
                channel.set("type", checked);
            }
        }
        for (String name : List.of("name", "description")) {
            if (value.hasNonNull(name)) {
                JsonNode checked = text(value.get(name), where + ", field '" + name + "'", problems);
                if (checked != null) {
                    channel.set(name, checked);
                }
            }
        }
        return channel;
    }

    private static JsonNode text(JsonNode value, String where, Problems problems) {
        if (value.isTextual() && !value.asText().isBlank()) {
            return JsonNodeFactory.instance.textNode(value.asText().strip());
        }
        if (value.isNumber()) {
            return JsonNodeFactory.instance.textNode(value.asText());
        }
        problems.add(where, "must be a non-empty text, found " + value);
        return null;
    }

    private static JsonNode enumValue(Class<? extends Enum<?>> type, JsonNode value, String where,
            Problems problems) {
        String text = value.asText();
        boolean known = Arrays.stream(type.getEnumConstants()).anyMatch(constant -> constant.name().equals(text));
        if (value.isTextual() && known) {
            return value;
        }
        problems.add(where, "'" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        return null;
    }

    private static Field required(String name, FieldType type, Class<? extends Enum<?>> values) {
        return new Field(name, type, values, true);
    }

    private static Field optional(String name, FieldType type) {
        return new Field(name, type, null, false);
    }
}
