package app.yibao.atlas.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Read access to the kind-specific fields of a fact, as stored in the fact's JSON details. */
public record FactDetails(JsonNode json) {

    public String text(String field) {
        JsonNode node = json.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    public List<String> texts(String field) {
        List<String> values = new ArrayList<>();
        json.path(field).forEach(node -> values.add(node.asText()));
        return List.copyOf(values);
    }

    public BigDecimal number(String field) {
        JsonNode node = json.get(field);
        return node == null || node.isNull() ? null : node.decimalValue();
    }

    public Integer integer(String field) {
        JsonNode node = json.get(field);
        return node == null || node.isNull() ? null : node.asInt();
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String value = text(field);
        return value == null ? null : Enum.valueOf(type, value);
    }

    public <E extends Enum<E>> List<E> enumValues(String field, Class<E> type) {
        return texts(field).stream().map(value -> Enum.valueOf(type, value)).toList();
    }

    public List<FactDetails> objects(String field) {
        List<FactDetails> values = new ArrayList<>();
        json.path(field).forEach(node -> values.add(new FactDetails(node)));
        return List.copyOf(values);
    }
}
