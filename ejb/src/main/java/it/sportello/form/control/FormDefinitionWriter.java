package it.sportello.form.control;

import static it.sportello.platform.text.JsonFactory.JSON;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

/**
 * Writes a definition in the format {@link FormDefinitionReader} reads, leaving out what is
 * implied (false, empty, defaults), so that what an administrator sees is short.
 */
final class FormDefinitionWriter {

    private FormDefinitionWriter() {}

    static String write(FormDefinition definition) {
        JsonObjectBuilder root = JSON.createObjectBuilder();
        JsonArrayBuilder sections = JSON.createArrayBuilder();
        definition.sections().forEach(section -> sections.add(section(section)));
        root.add("sections", sections);
        RequiredPayment payment = definition.payment();
        if (payment != null) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            if (payment.amount() != null) {
                object.add("amount", payment.amount());
            } else {
                object.add("amountField", payment.amountField());
            }
            root.add("payment", object.add("reason", JsonTexts.write(payment.reason())));
        }
        if (!definition.stampDuties().isEmpty()) {
            JsonArrayBuilder duties = JSON.createArrayBuilder();
            definition
                    .stampDuties()
                    .forEach(duty -> duties.add(JSON.createObjectBuilder()
                            .add("reason", JsonTexts.write(duty.reason()))
                            .add("amount", duty.amount())));
            root.add("stampDuties", duties);
        }
        return pretty(root.build());
    }

    private static JsonObjectBuilder section(Section section) {
        JsonObjectBuilder object =
                JSON.createObjectBuilder().add("id", section.id()).add("title", JsonTexts.write(section.title()));
        if (section.description() != null) {
            object.add("description", JsonTexts.write(section.description()));
        }
        if (section.visibleWhen() != null) {
            object.add("visibleWhen", condition(section.visibleWhen()));
        }
        JsonArrayBuilder fields = JSON.createArrayBuilder();
        section.fields().forEach(field -> fields.add(field(field)));
        return object.add("fields", fields);
    }

    private static JsonObjectBuilder field(Field field) {
        JsonObjectBuilder object = JSON.createObjectBuilder()
                .add("id", field.id())
                .add("kind", field.kind().name())
                .add("label", JsonTexts.write(field.label()));
        if (field.help() != null) {
            object.add("help", JsonTexts.write(field.help()));
        }
        if (field.required()) {
            object.add("required", true);
        }
        if (field.visibleWhen() != null) {
            object.add("visibleWhen", condition(field.visibleWhen()));
        }
        options(field, object);
        if (field.expression() != null) {
            object.add("expression", field.expression());
        }
        if (field.text() != null) {
            object.add("text", JsonTexts.write(field.text()));
        }
        if (field.calendar() != null) {
            object.add("calendar", field.calendar());
        }
        if (field.kind() == FieldKind.FILE) {
            JsonArrayBuilder accept = JSON.createArrayBuilder();
            field.accept().forEach(type -> accept.add(type.extension()));
            object.add("accept", accept);
            if (field.maxSize() != Field.DEFAULT_MAX_SIZE) {
                object.add("maxSize", field.maxSize());
            }
        }
        rules(field.rules(), object);
        return object;
    }

    private static void options(Field field, JsonObjectBuilder object) {
        if (field.kind() == FieldKind.REQUEST_KIND) {
            List<Option> all = Arrays.stream(RequestKind.values())
                    .map(RequestKind::asOption)
                    .toList();
            if (!field.options().equals(all)) {
                JsonArrayBuilder kinds = JSON.createArrayBuilder();
                field.options().forEach(option -> kinds.add(option.value()));
                object.add("requestKinds", kinds);
            }
        } else if (!field.options().isEmpty()) {
            JsonArrayBuilder options = JSON.createArrayBuilder();
            field.options()
                    .forEach(option -> options.add(JSON.createObjectBuilder()
                            .add("value", option.value())
                            .add("label", JsonTexts.write(option.label()))));
            object.add("options", options);
        }
    }

    private static void rules(Rules rules, JsonObjectBuilder object) {
        addIfSet(object, "pattern", rules.pattern());
        addIfSet(object, "minLength", rules.minLength());
        addIfSet(object, "maxLength", rules.maxLength());
        addIfSet(object, "min", rules.min());
        addIfSet(object, "max", rules.max());
        addIfSet(object, "decimals", rules.decimals());
        addIfSet(object, "minDate", rules.minDate());
        addIfSet(object, "maxDate", rules.maxDate());
        addIfSet(object, "after", rules.after());
    }

    private static void addIfSet(JsonObjectBuilder object, String key, Object value) {
        if (value instanceof BigDecimal number) {
            object.add(key, number);
        } else if (value instanceof Integer number) {
            object.add(key, number);
        } else if (value != null) {
            object.add(key, value.toString());
        }
    }

    private static JsonObjectBuilder condition(Condition condition) {
        JsonObjectBuilder object = JSON.createObjectBuilder().add("field", condition.fieldId());
        return switch (condition.test()) {
            case EQUALS -> object.add("equals", condition.values().get(0));
            case IN -> object.add("in", JSON.createArrayBuilder(condition.values()));
            case CHECKED -> object.add("checked", true);
        };
    }

    static String pretty(JsonObject object) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(text)) {
            writer.writeObject(object);
        }
        return text.toString().strip();
    }
}
