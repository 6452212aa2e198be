package it.sportello.form.control;

import static it.sportello.platform.text.JsonFactory.JSON;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import it.sportello.form.entity.FileType;
import it.sportello.platform.i18n.LocalizedText;

/**
 * Reads the JSON of a form definition and collects every problem with its path, so that reading
 * is also the validation of what an administrator wrote. One instance reads one definition.
 *
 * <p>It works in two passes: the first builds each section and field checking what can be
 * checked locally, the second checks references between fields (conditions, expressions, date
 * bounds, payment), which may only point backwards so that the page can be evaluated top down.
 */
final class FormDefinitionReader {

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Set<String> RESERVED = Set.of("true", "false", "and", "or", "not", "today");

    private static final Set<String> FORM_KEYS = Set.of("sections", "payment", "stampDuties");
    private static final Set<String> SECTION_KEYS = Set.of("id", "title", "description", "visibleWhen", "fields");
    private static final Set<String> FIELD_KEYS = Set.of(
            "id",
            "kind",
            "label",
            "help",
            "required",
            "visibleWhen",
            "options",
            "requestKinds",
            "expression",
            "text",
            "accept",
            "maxSize",
            "calendar",
            "pattern",
            "minLength",
            "maxLength",
            "min",
            "max",
            "decimals",
            "minDate",
            "maxDate",
            "after");
    private static final Set<String> OPTION_KEYS = Set.of("value", "label");
    private static final Set<String> CONDITION_KEYS = Set.of("field", "equals", "in", "checked");
    private static final Set<String> PAYMENT_KEYS = Set.of("amount", "amountField", "reason");
    private static final Set<String> STAMP_DUTY_KEYS = Set.of("reason", "amount");
    private static final Set<String> TEXT_KEYS = Set.of("it", "en", "de");

    /** A placeholder for a broken text, so that reading can go on and find the next problem. */
    private static final LocalizedText BROKEN = LocalizedText.italian("?");

    private final List<DefinitionProblem> problems = new ArrayList<>();
    /** Fields and sections in page order with their paths, for the second pass. */
    private final List<ReferenceCheck.Placed<Field>> fields = new ArrayList<>();

    private final List<ReferenceCheck.Placed<Section>> sections = new ArrayList<>();

    /** The definition, or null when there are {@link #problems()}. */
    FormDefinition read(String json) {
        JsonObject root;
        try (JsonReader reader = JSON.createReader(new StringReader(json == null ? "" : json))) {
            root = reader.readObject();
        } catch (JsonParsingException e) {
            problem(
                    "$",
                    "definition.json.syntax",
                    e.getLocation().getLineNumber(),
                    e.getLocation().getColumnNumber());
            return null;
        } catch (JsonException | IllegalStateException e) {
            problem("$", "definition.json.not_object");
            return null;
        }
        unknownKeys(root, "$", FORM_KEYS);
        JsonArray sectionArray = array(root, "sections", "$", true);
        if (sectionArray != null && sectionArray.isEmpty()) {
            problem("$.sections", "definition.sections.empty");
        }
        for (int i = 0; sectionArray != null && i < sectionArray.size(); i++) {
            String path = "$.sections[" + i + "]";
            JsonObject object = object(sectionArray.get(i), path);
            if (object != null) {
                section(object, path);
            }
        }
        RequiredPayment payment = root.containsKey("payment") ? payment(root.get("payment"), "$.payment") : null;
        List<RequiredStampDuty> duties = new ArrayList<>();
        JsonArray dutyArray = array(root, "stampDuties", "$", false);
        for (int i = 0; dutyArray != null && i < dutyArray.size(); i++) {
            String path = "$.stampDuties[" + i + "]";
            JsonObject object = object(dutyArray.get(i), path);
            if (object != null) {
                unknownKeys(object, path, STAMP_DUTY_KEYS);
                LocalizedText reason = text(object, "reason", path, true);
                BigDecimal amount = positiveAmount(object, "amount", path, true);
                if (reason != null && amount != null) {
                    duties.add(new RequiredStampDuty(reason, amount));
                }
            }
        }
        problems.addAll(new ReferenceCheck(sections, fields).problems(payment));
        return problems.isEmpty()
                ? new FormDefinition(
                        sections.stream().map(ReferenceCheck.Placed::item).toList(), payment, duties)
                : null;
    }

    List<DefinitionProblem> problems() {
        return problems;
    }

    private void section(JsonObject object, String path) {
        unknownKeys(object, path, SECTION_KEYS);
        String id = id(object, path);
        LocalizedText title = text(object, "title", path, true);
        LocalizedText description = text(object, "description", path, false);
        Condition visibleWhen = condition(object, path);
        List<Field> sectionFields = new ArrayList<>();
        JsonArray fieldArray = array(object, "fields", path, true);
        if (fieldArray != null && fieldArray.isEmpty()) {
            problem(path + ".fields", "definition.fields.empty");
        }
        for (int i = 0; fieldArray != null && i < fieldArray.size(); i++) {
            String fieldPath = path + ".fields[" + i + "]";
            JsonObject fieldObject = object(fieldArray.get(i), fieldPath);
            if (fieldObject != null) {
                Field field = field(fieldObject, fieldPath);
                sectionFields.add(field);
                fields.add(new ReferenceCheck.Placed<>(field, fieldPath, sections.size()));
            }
        }
        Section section = new Section(
                id == null ? "?" : id, title == null ? BROKEN : title, description, visibleWhen, sectionFields);
        sections.add(new ReferenceCheck.Placed<>(section, path, sections.size()));
    }

    private Field field(JsonObject object, String path) {
        unknownKeys(object, path, FIELD_KEYS);
        String id = id(object, path);
        FieldKind kind = kind(object, path);
        LocalizedText label = text(object, "label", path, true);
        LocalizedText help = text(object, "help", path, false);
        boolean required = bool(object, "required", path);
        Condition visibleWhen = condition(object, path);
        FieldKind known = kind == null ? FieldKind.TEXT : kind;
        KindCheck check = new KindCheck(kind, path);
        List<Option> options = options(object, path, check);
        String expression = string(object, "expression", path);
        check.needs(known == FieldKind.COMPUTED_AMOUNT, "expression", expression != null);
        if (expression != null && known == FieldKind.COMPUTED_AMOUNT) {
            expressionProblems(() -> Expression.parse(expression), path + ".expression");
        }
        LocalizedText text = text(object, "text", path, false);
        check.needs(known == FieldKind.COMPUTED_TEXT || known == FieldKind.PRIVACY, "text", text != null);
        if (text != null && known == FieldKind.COMPUTED_TEXT) {
            for (Locale language : languagesOf(text)) {
                expressionProblems(
                        () -> TextTemplate.parse(text.in(language)), path + ".text." + language.getLanguage());
            }
        }
        if (required && known.isComputed()) {
            problem(path + ".required", "definition.required.computed");
        }
        List<FileType> accept = accept(object, path, check);
        BigDecimal maxSize = number(object, "maxSize", path);
        check.allowed(known == FieldKind.FILE, "maxSize", maxSize != null);
        if (maxSize != null
                && (maxSize.signum() <= 0 || maxSize.stripTrailingZeros().scale() > 0)) {
            problem(path + ".maxSize", "definition.number.positive_whole");
        }
        String calendar = string(object, "calendar", path);
        check.needs(known == FieldKind.CALENDAR_SLOT, "calendar", calendar != null);
        Rules rules = rules(object, path, known, check);
        return new Field(
                id == null ? "?" : id,
                known,
                label == null ? BROKEN : label,
                help,
                required,
                visibleWhen,
                rules,
                options,
                expression,
                text,
                accept,
                maxSize == null ? 0 : maxSize.longValue(),
                known == FieldKind.CALENDAR_SLOT ? calendar : null);
    }

    private List<Option> options(JsonObject object, String path, KindCheck check) {
        FieldKind kind = check.kind;
        if (kind == FieldKind.REQUEST_KIND) {
            check.allowed(false, "options", object.containsKey("options"));
            JsonArray names = array(object, "requestKinds", path, false);
            if (names == null) {
                return Arrays.stream(RequestKind.values())
                        .map(RequestKind::asOption)
                        .toList();
            }
            List<Option> kinds = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i) instanceof JsonString s ? s.getString() : null;
                try {
                    kinds.add(RequestKind.valueOf(name == null ? "" : name).asOption());
                } catch (IllegalArgumentException e) {
                    problem(
                            path + ".requestKinds[" + i + "]",
                            "definition.request_kind.unknown",
                            name == null ? String.valueOf(names.get(i)) : name);
                }
            }
            if (names.isEmpty()) {
                problem(path + ".requestKinds", "definition.options.empty");
            }
            return kinds;
        }
        check.allowed(false, "requestKinds", object.containsKey("requestKinds"));
        boolean needsOptions = kind != null && kind.hasOptions();
        check.needs(needsOptions, "options", object.containsKey("options"));
        JsonArray array = needsOptions ? array(object, "options", path, false) : null;
        if (array == null) {
            return List.of();
        }
        if (array.isEmpty()) {
            problem(path + ".options", "definition.options.empty");
        }
        List<Option> options = new ArrayList<>();
        Set<String> values = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String optionPath = path + ".options[" + i + "]";
            JsonObject option = object(array.get(i), optionPath);
            if (option == null) {
                continue;
            }
            unknownKeys(option, optionPath, OPTION_KEYS);
            String value = string(option, "value", optionPath);
            LocalizedText label = text(option, "label", optionPath, true);
            if (value == null || value.isBlank()) {
                problem(optionPath + ".value", "definition.property.missing", "value");
            } else if (!values.add(value)) {
                problem(optionPath + ".value", "definition.option.duplicate", value);
            } else if (label != null) {
                options.add(new Option(value, label));
            }
        }
        return options;
    }

    private List<FileType> accept(JsonObject object, String path, KindCheck check) {
        check.allowed(check.kind == FieldKind.FILE, "accept", object.containsKey("accept"));
        JsonArray array = check.kind == FieldKind.FILE ? array(object, "accept", path, false) : null;
        List<FileType> types = new ArrayList<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            String name = array.get(i) instanceof JsonString s ? s.getString() : String.valueOf(array.get(i));
            int index = i;
            FileType.named(name)
                    .ifPresentOrElse(
                            types::add,
                            () -> problem(path + ".accept[" + index + "]", "definition.file_type.unknown", name));
        }
        return types;
    }

    private Rules rules(JsonObject object, String path, FieldKind kind, KindCheck check) {
        String pattern = string(object, "pattern", path);
        check.allowed(
                kind == FieldKind.TEXT || kind == FieldKind.LONG_TEXT || kind == FieldKind.PHONE,
                "pattern",
                pattern != null);
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                problem(path + ".pattern", "definition.pattern.invalid", e.getDescription());
            }
        }
        Integer minLength = whole(object, "minLength", path);
        Integer maxLength = whole(object, "maxLength", path);
        check.allowed(kind.isTyped(), "minLength", minLength != null);
        check.allowed(kind.isTyped(), "maxLength", maxLength != null);
        if (minLength != null && maxLength != null && minLength > maxLength) {
            problem(path + ".minLength", "definition.min_above_max", minLength, maxLength);
        }
        BigDecimal min = number(object, "min", path);
        BigDecimal max = number(object, "max", path);
        boolean counted = kind == FieldKind.CALENDAR_SLOT;
        check.allowed(kind.isNumeric() || counted, "min", min != null);
        check.allowed(kind.isNumeric() || counted, "max", max != null);
        for (BigDecimal count : counted ? java.util.Arrays.asList(min, max) : List.<BigDecimal>of()) {
            if (count != null
                    && (count.signum() <= 0 || count.stripTrailingZeros().scale() > 0)) {
                problem(path + (count == min ? ".min" : ".max"), "definition.number.positive_whole");
            }
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            problem(path + ".min", "definition.min_above_max", min, max);
        }
        Integer decimals = whole(object, "decimals", path);
        check.allowed(kind == FieldKind.NUMBER, "decimals", decimals != null);
        DateBound minDate = dateBound(object, "minDate", path);
        DateBound maxDate = dateBound(object, "maxDate", path);
        check.allowed(kind == FieldKind.DATE, "minDate", minDate != null);
        check.allowed(kind == FieldKind.DATE, "maxDate", maxDate != null);
        if (minDate != null
                && maxDate != null
                && minDate.base().equals(maxDate.base())
                && minDate.unit() == maxDate.unit()
                && minDate.amount() > maxDate.amount()) {
            problem(path + ".minDate", "definition.min_above_max", minDate, maxDate);
        }
        if (minDate != null
                && maxDate != null
                && minDate.fieldId().isEmpty()
                && maxDate.fieldId().isEmpty()
                && !DateBound.TODAY.equals(minDate.base())
                && !DateBound.TODAY.equals(maxDate.base())
                && minDate.resolve(null, id -> null).isAfter(maxDate.resolve(null, id -> null))) {
            problem(path + ".minDate", "definition.min_above_max", minDate, maxDate);
        }
        String after = string(object, "after", path);
        check.allowed(kind.isOrdered(), "after", after != null);
        // Not kept where it does not apply, so that the second pass does not report it again.
        return new Rules(
                pattern, minLength, maxLength, min, max, decimals, minDate, maxDate, kind.isOrdered() ? after : null);
    }

    private DateBound dateBound(JsonObject object, String key, String path) {
        String text = string(object, key, path);
        if (text == null) {
            return null;
        }
        return DateBound.parse(text).orElseGet(() -> {
            problem(path + "." + key, "definition.date_bound.invalid", text);
            return null;
        });
    }

    private Condition condition(JsonObject parent, String parentPath) {
        if (!parent.containsKey("visibleWhen")) {
            return null;
        }
        String path = parentPath + ".visibleWhen";
        JsonObject object = object(parent.get("visibleWhen"), path);
        if (object == null) {
            return null;
        }
        unknownKeys(object, path, CONDITION_KEYS);
        String field = string(object, "field", path);
        if (field == null) {
            problem(path + ".field", "definition.property.missing", "field");
        }
        List<String> tests = new ArrayList<>(Set.of("equals", "in", "checked"));
        tests.retainAll(object.keySet());
        if (tests.size() != 1) {
            problem(path, "definition.condition.one_test");
            return null;
        }
        List<String> values = switch (tests.get(0)) {
            case "equals" -> Collections.singletonList(scalar(object.get("equals")));
            case "in" -> {
                JsonArray array = array(object, "in", path, true);
                yield array == null || array.isEmpty()
                        ? null
                        : array.stream().map(FormDefinitionReader::scalar).toList();
            }
            default -> object.get("checked") == JsonValue.TRUE ? List.of() : null;
        };
        if (values == null || values.stream().anyMatch(Objects::isNull)) {
            problem(path + "." + tests.get(0), "definition.condition.value_invalid");
            return null;
        }
        Condition.Test test = Condition.Test.valueOf(tests.get(0).toUpperCase(Locale.ROOT));
        Condition condition = field == null ? null : new Condition(field, test, values);
        return field == null ? null : condition;
    }

    private RequiredPayment payment(JsonValue value, String path) {
        JsonObject object = object(value, path);
        if (object == null) {
            return null;
        }
        unknownKeys(object, path, PAYMENT_KEYS);
        LocalizedText reason = text(object, "reason", path, true);
        BigDecimal amount = positiveAmount(object, "amount", path, false);
        String amountField = string(object, "amountField", path);
        if ((amount == null) == (amountField == null)) {
            problem(path, "definition.payment.one_amount");
            return null;
        }
        return reason == null ? null : new RequiredPayment(amount, amountField, reason);
    }

    private BigDecimal positiveAmount(JsonObject object, String key, String path, boolean required) {
        BigDecimal amount = number(object, key, path);
        if (amount == null) {
            if (required) {
                problem(path + "." + key, "definition.property.missing", key);
            }
            return null;
        }
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            problem(path + "." + key, "definition.amount.invalid", amount);
            return null;
        }
        return amount.setScale(2);
    }

    /** Which properties a kind needs or refuses; stays quiet while the kind itself is unknown. */
    private final class KindCheck {
        final FieldKind kind;
        final String path;

        KindCheck(FieldKind kind, String path) {
            this.kind = kind;
            this.path = path;
        }

        void needs(boolean needed, String key, boolean present) {
            if (kind == null) {
                return;
            }
            if (needed && !present) {
                problem(path + "." + key, "definition.property.required_for_kind", key, kind);
            } else if (!needed && present) {
                problem(path + "." + key, "definition.property.not_for_kind", key, kind);
            }
        }

        void allowed(boolean allowed, String key, boolean present) {
            if (kind != null && !allowed && present) {
                problem(path + "." + key, "definition.property.not_for_kind", key, kind);
            }
        }
    }

    // --- JSON access, each reporting what is wrong and returning null -------------------------

    private String id(JsonObject object, String path) {
        String id = string(object, "id", path);
        if (id == null) {
            problem(path + ".id", "definition.property.missing", "id");
        } else if (!ID.matcher(id).matches() || RESERVED.contains(id)) {
            problem(path + ".id", "definition.id.invalid", id);
            return null;
        }
        return id;
    }

    private FieldKind kind(JsonObject object, String path) {
        String kind = string(object, "kind", path);
        if (kind == null) {
            problem(path + ".kind", "definition.property.missing", "kind");
            return null;
        }
        try {
            return FieldKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            problem(path + ".kind", "definition.kind.unknown", kind);
            return null;
        }
    }

    private LocalizedText text(JsonObject object, String key, String path, boolean required) {
        JsonValue value = object.get(key);
        String textPath = path + "." + key;
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                problem(textPath, "definition.property.missing", key);
            }
            return null;
        }
        if (value instanceof JsonString plain && !plain.getString().isBlank()) {
            return LocalizedText.italian(plain.getString());
        }
        if (value instanceof JsonObject translations) {
            unknownKeys(translations, textPath, TEXT_KEYS);
            String it = string(translations, "it", textPath);
            if (it == null || it.isBlank()) {
                problem(textPath + ".it", "definition.text.italian_missing");
                return null;
            }
            return new LocalizedText(it, string(translations, "en", textPath), string(translations, "de", textPath));
        }
        problem(textPath, "definition.text.invalid");
        return null;
    }

    private String string(JsonObject object, String key, String path) {
        JsonValue value = object.get(key);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        problem(path + "." + key, "definition.type.string");
        return null;
    }

    private boolean bool(JsonObject object, String key, String path) {
        JsonValue value = object.get(key);
        if (value == null || value == JsonValue.NULL || value == JsonValue.FALSE) {
            return false;
        }
        if (value == JsonValue.TRUE) {
            return true;
        }
        problem(path + "." + key, "definition.type.boolean");
        return false;
    }

    /** A JSON number, or a string holding one: "20.00" keeps the zeros an editor may drop. */
    private BigDecimal number(JsonObject object, String key, String path) {
        JsonValue value = object.get(key);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        try {
            if (value instanceof JsonNumber number) {
                return number.bigDecimalValue();
            }
            if (value instanceof JsonString string) {
                return new BigDecimal(string.getString().strip());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(path + "." + key, "definition.type.number");
        return null;
    }

    private Integer whole(JsonObject object, String key, String path) {
        BigDecimal number = number(object, key, path);
        if (number == null) {
            return null;
        }
        if (number.signum() < 0
                || number.stripTrailingZeros().scale() > 0
                || number.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            problem(path + "." + key, "definition.number.whole");
            return null;
        }
        return number.intValue();
    }

    private JsonArray array(JsonObject object, String key, String path, boolean required) {
        JsonValue value = object.get(key);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                problem(path + "." + key, "definition.property.missing", key);
            }
            return null;
        }
        if (value instanceof JsonArray array) {
            return array;
        }
        problem(path + "." + key, "definition.type.array");
        return null;
    }

    private JsonObject object(JsonValue value, String path) {
        if (value instanceof JsonObject object) {
            return object;
        }
        problem(path, "definition.type.object");
        return null;
    }

    private void unknownKeys(JsonObject object, String path, Set<String> known) {
        object.keySet().stream()
                .filter(key -> !known.contains(key))
                .sorted()
                .forEach(key -> problem(path + "." + key, "definition.property.unknown", key));
    }

    private static String scalar(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return Expression.asText(number.bigDecimalValue());
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value.toString();
        }
        return null;
    }

    private void expressionProblems(Runnable parse, String path) {
        try {
            parse.run();
        } catch (ExpressionException e) {
            problems.add(new DefinitionProblem(path, e.messageKey(), e.parameters()));
        }
    }

    private void problem(String path, String key, Object... parameters) {
        problems.add(new DefinitionProblem(path, key, parameters));
    }

    /** Italian, and the languages the text is translated into. */
    static List<Locale> languagesOf(LocalizedText text) {
        List<Locale> languages = new ArrayList<>(List.of(Locale.ITALIAN));
        for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            if (!text.in(language).equals(text.italian())) {
                languages.add(language);
            }
        }
        return languages;
    }
}
