package it.sportello.form.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import it.sportello.form.entity.FileType;
import it.sportello.form.entity.FileTypes;
import it.sportello.identity.entity.EmailAddress;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.InvalidFiscalCodeException;
import it.sportello.municipality.Comuni;
import it.sportello.platform.money.InvalidAmountException;
import it.sportello.platform.money.Money;
import it.sportello.platform.text.TypedNumber;

/**
 * Turns what was sent for one visible field into its typed value, or into errors: first the
 * shape its kind asks for, then its rules. One instance serves one validation.
 */
final class FieldValues {

    /** Longest text kept when a definition sets no maximum, so that nobody stores a novel. */
    static final int TEXT_MAX_LENGTH = 1_000;

    static final int LONG_TEXT_MAX_LENGTH = 20_000;

    private static final Pattern EMAIL = Pattern.compile(EmailAddress.PATTERN);
    private static final Pattern PHONE = Pattern.compile("\\+?\\d{6,15}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s./()-]");
    /** The field error for each way a typed amount is not one. */
    private static final Map<String, String> AMOUNT_ERRORS = Map.of(
            InvalidAmountException.FORMAT, "form.amount.invalid",
            InvalidAmountException.DECIMALS, "form.amount.decimals",
            InvalidAmountException.NEGATIVE, "form.amount.negative",
            InvalidAmountException.TOO_LARGE, "form.amount.too_large");

    private static final DateTimeFormatter ITALIAN_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm[:ss]");

    private final Comuni comuni;
    private final LocalDate today;
    private final Function<String, Object> values;
    private final FormDefinition definition;

    /**
     * @param values     the cleaned values of the fields above, by id
     * @param definition the form, for the labels of the fields a rule names
     */
    FieldValues(Comuni comuni, LocalDate today, Function<String, Object> values, FormDefinition definition) {
        this.comuni = comuni;
        this.today = today;
        this.values = values;
        this.definition = definition;
    }

    /** The value, or null when there is none or it was refused (then errors were added). */
    Object clean(Field field, Object raw, List<FieldError> errors) {
        Errors sink = new Errors(field.id(), errors);
        if (isBlank(raw)) {
            if (field.isRequired()) {
                sink.add(field.kind() == FieldKind.PRIVACY ? "form.privacy.required" : "form.required");
            }
            return null;
        }
        int before = errors.size();
        Object value = typed(field, raw, sink);
        if (value != null && errors.size() == before) {
            checkRules(field, value, sink);
        }
        return errors.size() == before ? value : null;
    }

    private Object typed(Field field, Object raw, Errors sink) {
        return switch (field.kind()) {
            case TEXT, LONG_TEXT -> text(field, raw, sink);
            case NUMBER, AMOUNT -> number(field, raw, sink);
            case EMAIL -> matching(raw, EMAIL, "form.email.invalid", sink);
            case PHONE -> phone(raw, sink);
            case DATE -> date(raw, sink);
            case TIME -> time(raw, sink);
            case SELECT, RADIO -> option(field, raw, sink);
            case CHECKBOXES -> options(field, raw, sink);
            case FISCAL_CODE -> fiscalCode(raw, sink);
            case ADDRESS -> new AddressCheck(comuni, sink).clean(raw);
            case MAP_POINT -> point(raw, sink);
            case FILE -> file(field, raw, sink);
            case PRIVACY -> accepted(raw, sink);
            case REQUEST_KIND -> requestKind(field, raw, sink);
            case CALENDAR_SLOT -> span(raw, sink);
            case COMPUTED_TEXT, COMPUTED_AMOUNT -> null;
        };
    }

    private static Object text(Field field, Object raw, Errors sink) {
        String text = string(raw, sink);
        if (text != null && field.kind() == FieldKind.TEXT && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
            sink.add("form.text.single_line");
            return null;
        }
        return text;
    }

    private static Object number(Field field, Object raw, Errors sink) {
        String text = string(raw, sink);
        if (text == null) {
            return null;
        }
        if (field.kind() == FieldKind.AMOUNT) {
            try {
                return Money.parse(text).euros();
            } catch (InvalidAmountException e) {
                sink.add(AMOUNT_ERRORS.get(e.messageKey()), e.parameters());
                return null;
            }
        }
        BigDecimal number = parseNumber(text);
        if (number == null) {
            sink.add("form.number.invalid");
            return null;
        }
        Integer decimals = field.rules().decimals();
        if (decimals != null && Math.max(0, number.stripTrailingZeros().scale()) > decimals) {
            sink.add(decimals == 0 ? "form.number.whole" : "form.number.decimals", decimals);
            return null;
        }
        return number;
    }

    /** {@code 1234.5}, {@code 1234,5}, {@code 1.234,5} or {@code 1,234.5}, read whole as {@link TypedNumber} does; null otherwise. */
    static BigDecimal parseNumber(String text) {
        return TypedNumber.read(text).map(TypedNumber::value).orElse(null);
    }

    private static Object phone(Object raw, Errors sink) {
        String text = string(raw, sink);
        if (text == null) {
            return null;
        }
        String digits = PHONE_SEPARATORS.matcher(text).replaceAll("");
        if (!PHONE.matcher(digits).matches()) {
            sink.add("form.phone.invalid");
            return null;
        }
        return digits;
    }

    private static Object date(Object raw, Errors sink) {
        String text = string(raw, sink);
        if (text == null) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, ITALIAN_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            sink.add("form.date.invalid");
            return null;
        }
    }

    /** The span a calendar slot field holds, as the server wrote it once the slots were held. */
    private static Object span(Object raw, Errors sink) {
        String text = string(raw, sink);
        if (text == null) {
            return null;
        }
        try {
            return TimeSpan.parse(text);
        } catch (IllegalArgumentException e) {
            sink.add("form.slot.invalid");
            return null;
        }
    }

    private static Object time(Object raw, Errors sink) {
        String text = string(raw, sink);
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text, TIME);
        } catch (DateTimeParseException e) {
            sink.add("form.time.invalid");
            return null;
        }
    }

    private static Object option(Field field, Object raw, Errors sink) {
        String value = string(raw, sink);
        if (value != null && field.option(value).isEmpty()) {
            sink.add("form.option.unknown");
            return null;
        }
        return value;
    }

    private static Object options(Field field, Object raw, Errors sink) {
        Collection<?> ticked = raw instanceof Collection<?> collection ? collection : List.of(raw);
        for (Object value : ticked) {
            if (!(value instanceof String text) || field.option(text.strip()).isEmpty()) {
                sink.add("form.option.unknown");
                return null;
            }
        }
        List<String> values =
                ticked.stream().map(value -> ((String) value).strip()).toList();
        // In option order and once each, whatever the order and repetitions sent.
        return field.options().stream()
                .map(Option::value)
                .filter(values::contains)
                .toList();
    }

    private static Object fiscalCode(Object raw, Errors sink) {
        String text = string(raw, sink);
        if (text == null) {
            return null;
        }
        try {
            return FiscalCode.of(text);
        } catch (InvalidFiscalCodeException e) {
            sink.add("form." + e.messageKey());
            return null;
        }
    }

    private static Object file(Field field, Object raw, Errors sink) {
        if (!(raw instanceof UploadedFile upload)) {
            sink.add("form.value.invalid");
            return null;
        }
        if (upload.size() <= 0) {
            sink.add("form.file.empty");
            return null;
        }
        if (upload.size() > field.maxSize()) {
            sink.add(
                    "form.file.too_large",
                    BigDecimal.valueOf(field.maxSize())
                            .divide(BigDecimal.valueOf(1024 * 1024))
                            .stripTrailingZeros()
                            .toPlainString());
            return null;
        }
        Optional<FileType> type = FileTypes.identify(upload.fileName(), upload.head(), field.accept());
        if (type.isEmpty()) {
            sink.add(
                    "form.file.type_refused",
                    String.join(
                            ", ",
                            field.accept().stream().map(FileType::extension).toList()));
            return null;
        }
        return new StoredFile(upload.storageKey(), upload.fileName(), type.get(), upload.size());
    }

    /**
     * Both coordinates or neither (neither is an empty field): each a decimal number, with a point
     * or a comma, within its range.
     */
    private static Object point(Object raw, Errors sink) {
        if (!(raw instanceof Map<?, ?> parts)) {
            sink.add("form.value.invalid");
            return null;
        }
        Object latitudeText = parts.get(GeoPoint.LATITUDE);
        Object longitudeText = parts.get(GeoPoint.LONGITUDE);
        if (isBlank(latitudeText)) {
            sink.add("form.map.latitude.required");
            return null;
        }
        if (isBlank(longitudeText)) {
            sink.add("form.map.longitude.required");
            return null;
        }
        BigDecimal latitude = coordinate(latitudeText);
        BigDecimal longitude = coordinate(longitudeText);
        boolean valid = true;
        if (latitude == null || !GeoPoint.latitudeInRange(latitude)) {
            sink.add("form.map.latitude.invalid");
            valid = false;
        }
        if (longitude == null || !GeoPoint.longitudeInRange(longitude)) {
            sink.add("form.map.longitude.invalid");
            valid = false;
        }
        return valid ? new GeoPoint(latitude, longitude) : null;
    }

    /** "43.7167" or "43,7167" (a comma is how an Italian keyboard writes it); null when not a number. */
    private static BigDecimal coordinate(Object raw) {
        if (!(raw instanceof String text)) {
            return null;
        }
        String plain = text.strip().replace(',', '.');
        if (!plain.matches("[+-]?\\d{1,3}(\\.\\d{1,15})?")) {
            return null;
        }
        return new BigDecimal(plain);
    }

    private static Object accepted(Object raw, Errors sink) {
        if (Boolean.TRUE.equals(raw)
                || raw instanceof String text && List.of("true", "on", "1").contains(text.strip())) {
            return Boolean.TRUE;
        }
        sink.add("form.privacy.required");
        return null;
    }

    private static Object requestKind(Field field, Object raw, Errors sink) {
        String value = string(raw, sink);
        if (value == null) {
            return null;
        }
        String name = value.toUpperCase(Locale.ROOT);
        if (field.option(name).isEmpty()) {
            sink.add("form.option.unknown");
            return null;
        }
        return RequestKind.valueOf(name);
    }

    private static Object matching(Object raw, Pattern pattern, String key, Errors sink) {
        String text = string(raw, sink);
        if (text != null && !pattern.matcher(text).matches()) {
            sink.add(key);
            return null;
        }
        return text;
    }

    private void checkRules(Field field, Object value, Errors sink) {
        Rules rules = field.rules();
        if (value instanceof String text && field.kind().isTyped()) {
            int length = text.codePointCount(0, text.length());
            int max = rules.maxLength() != null
                    ? rules.maxLength()
                    : field.kind() == FieldKind.LONG_TEXT ? LONG_TEXT_MAX_LENGTH : TEXT_MAX_LENGTH;
            if (rules.minLength() != null && length < rules.minLength()) {
                sink.add("form.length.min", rules.minLength());
            } else if (length > max) {
                sink.add("form.length.max", max);
            } else if (rules.pattern() != null
                    && !rules.compiledPattern().matcher(text).matches()) {
                sink.add("form.pattern.mismatch");
            }
        }
        if (value instanceof BigDecimal number) {
            if (rules.min() != null && number.compareTo(rules.min()) < 0) {
                sink.add("form.number.min", rules.min());
            } else if (rules.max() != null && number.compareTo(rules.max()) > 0) {
                sink.add("form.number.max", rules.max());
            }
        }
        if (value instanceof LocalDate date) {
            LocalDate min = rules.minDate() == null ? null : rules.minDate().resolve(today, values);
            LocalDate max = rules.maxDate() == null ? null : rules.maxDate().resolve(today, values);
            if (min != null && date.isBefore(min)) {
                sink.add("form.date.min", min);
            } else if (max != null && date.isAfter(max)) {
                sink.add("form.date.max", max);
            }
        }
        if (rules.after() != null) {
            after(rules.after(), value, sink);
        }
    }

    /**
     * The end of a range must come after its start, in any form: the error sits on this field, the
     * one a person corrects, and names the other with its value. An empty or hidden start, or one
     * refused on its own, leaves nothing to compare with.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void after(String startId, Object value, Errors sink) {
        Object start = values.apply(startId);
        if (start instanceof Comparable comparable
                && start.getClass() == value.getClass()
                && comparable.compareTo(value) >= 0) {
            Object label = definition.field(startId).<Object>map(Field::label).orElse(startId);
            sink.add("form.after", label, start);
        }
    }

    /** The text sent, stripped; null with an error when something else than text was sent. */
    private static String string(Object raw, Errors sink) {
        if (raw instanceof String text) {
            return text.strip();
        }
        sink.add("form.value.invalid");
        return null;
    }

    static boolean isBlank(Object raw) {
        if (raw == null) {
            return true;
        }
        if (raw instanceof String text) {
            return text.isBlank();
        }
        if (raw instanceof Collection<?> collection) {
            return collection.isEmpty();
        }
        if (raw instanceof Map<?, ?> parts) {
            // Pages preselect the country: an address with nothing else typed is not filled in.
            return parts.entrySet().stream()
                    .filter(part -> !PostalAddress.COUNTRY.equals(part.getKey()))
                    .allMatch(part -> isBlank(part.getValue()));
        }
        return Boolean.FALSE.equals(raw);
    }

    /** Adds errors for one field. */
    record Errors(String fieldId, List<FieldError> errors) {
        void add(String key, Object... parameters) {
            errors.add(new FieldError(fieldId, key, parameters));
        }
    }
}
