package it.sportello.form.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import it.sportello.municipality.Comuni;
import it.sportello.platform.i18n.LocalizedText;

/**
 * Checks what a page, or anyone posing as one, sent for a form, and makes clean typed data of it.
 * The same checks as in the page, on the server, where they cannot be skipped.
 *
 * <p>What a page sends, by field id: a {@link String} for most kinds, a {@code List<String>} for
 * checkboxes (a single String is taken as one box), a {@code Map<String, String>} for an address
 * (keys in {@link PostalAddress}), an {@link UploadedFile} for a file, {@code "true"} or
 * {@link Boolean#TRUE} for an accepted privacy notice. Numbers may use a decimal comma; dates are
 * ISO ({@code 2025-03-11}) or Italian ({@code 11/03/2025}); times {@code 09:30}.
 *
 * <p>The page is walked top to bottom: a section or field whose condition does not hold is hidden,
 * and whatever was sent for it is dropped without being checked. Ids the form does not have are
 * dropped. Computed fields are always computed here from the cleaned values above them; what was
 * sent for them is ignored.
 */
public final class FormValidator {

    private final Comuni comuni;
    private final Clock clock;

    /** Checks addresses against {@code comuni} and relative dates against {@code clock}. */
    public FormValidator(Comuni comuni, Clock clock) {
        this.comuni = Objects.requireNonNull(comuni, "comuni");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** With the shipped register of comuni and the system clock. */
    public FormValidator() {
        this(Comuni.italian(), Clock.systemDefaultZone());
    }

    public ValidationResult validate(FormDefinition definition, Map<String, ?> input) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        FieldValues fieldValues = new FieldValues(comuni, LocalDate.now(clock), values::get, definition);
        for (Section section : definition.sections()) {
            boolean sectionShown = shown(section.visibleWhen(), values);
            for (Field field : section.fields()) {
                if (!sectionShown || !shown(field.visibleWhen(), values)) {
                    continue;
                }
                Object value = field.kind().isComputed()
                        ? compute(field, values)
                        : fieldValues.clean(field, input == null ? null : input.get(field.id()), errors);
                if (value != null) {
                    values.put(field.id(), value);
                }
            }
        }
        return new ValidationResult(new FormData(values), errors);
    }

    /** Only the computed values, from data already clean: what a page shows while it is filled. */
    public FormData recompute(FormDefinition definition, FormData data) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : definition.fields()) {
            Object value = field.kind().isComputed() ? compute(field, values) : data.get(field.id());
            if (value != null) {
                values.put(field.id(), value);
            }
        }
        return new FormData(values);
    }

    private static boolean shown(Condition condition, Map<String, Object> values) {
        return condition == null || condition.holdsFor(values.get(condition.fieldId()));
    }

    private static Object compute(Field field, Map<String, Object> values) {
        if (field.kind() == FieldKind.COMPUTED_AMOUNT) {
            Object amount = Expression.parse(field.expression()).evaluate(values::get);
            return amount instanceof BigDecimal number ? number.setScale(2, RoundingMode.HALF_UP) : null;
        }
        Map<Locale, String> texts = new LinkedHashMap<>();
        for (Locale language : FormDefinitionReader.languagesOf(field.text())) {
            texts.put(language, TextTemplate.parse(field.text().in(language)).render(values::get, language));
        }
        String italian = texts.get(Locale.ITALIAN);
        return italian == null ? null : new LocalizedText(italian, texts.get(Locale.ENGLISH), texts.get(Locale.GERMAN));
    }
}
