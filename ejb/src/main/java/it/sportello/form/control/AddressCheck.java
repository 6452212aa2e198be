package it.sportello.form.control;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import it.sportello.municipality.Comune;
import it.sportello.municipality.Comuni;
import it.sportello.municipality.Province;

/**
 * The value of an ADDRESS field: street and comune always; in Italy also a province and a comune
 * of the register, and a CAP of that comune. Abroad, province, comune and CAP are taken as typed.
 */
final class AddressCheck {

    private static final Pattern CAP = Pattern.compile("\\d{5}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final int MAX_PART_LENGTH = 200;

    private final Comuni comuni;
    private final FieldValues.Errors sink;

    AddressCheck(Comuni comuni, FieldValues.Errors sink) {
        this.comuni = comuni;
        this.sink = sink;
    }

    PostalAddress clean(Object raw) {
        if (!(raw instanceof Map<?, ?> parts)) {
            sink.add("form.value.invalid");
            return null;
        }
        if (parts.values().stream()
                .anyMatch(value -> value instanceof String text && text.strip().length() > MAX_PART_LENGTH)) {
            sink.add("form.length.max", MAX_PART_LENGTH);
            return null;
        }
        String street = part(parts, PostalAddress.STREET);
        String number = part(parts, PostalAddress.NUMBER);
        String country = Optional.ofNullable(part(parts, PostalAddress.COUNTRY))
                .map(code -> code.toUpperCase(Locale.ROOT))
                .orElse(PostalAddress.ITALY);
        String province = part(parts, PostalAddress.PROVINCE);
        String comune = part(parts, PostalAddress.COMUNE);
        String cap = part(parts, PostalAddress.CAP);
        boolean valid = true;
        if (street == null) {
            sink.add("form.address.street.required");
            valid = false;
        }
        if (!COUNTRY.matcher(country).matches()) {
            sink.add("form.address.country.invalid");
            return null;
        }
        if (!PostalAddress.ITALY.equals(country)) {
            if (comune == null) {
                sink.add("form.address.comune.required");
                return null;
            }
            return valid ? new PostalAddress(street, number, country, province, comune, null, cap) : null;
        }
        Optional<Province> knownProvince = comuni.province(province);
        if (knownProvince.isEmpty()) {
            sink.add(province == null ? "form.address.province.required" : "form.address.province.unknown");
            return null;
        }
        if (comune == null) {
            sink.add("form.address.comune.required");
            return null;
        }
        Optional<Comune> known = comuni.find(knownProvince.get().code(), comune);
        if (known.isEmpty()) {
            sink.add("form.address.comune.unknown", knownProvince.get().code());
            return null;
        }
        if (cap == null || !CAP.matcher(cap).matches()) {
            sink.add("form.address.cap.invalid");
            return null;
        }
        if (!known.get().hasCap(cap)) {
            sink.add("form.address.cap.mismatch", known.get().name());
            return null;
        }
        return valid
                ? new PostalAddress(
                        street,
                        number,
                        country,
                        knownProvince.get().code(),
                        known.get().name(),
                        known.get().cadastralCode(),
                        cap)
                : null;
    }

    /** A part stripped, or null when blank or not text. */
    private static String part(Map<?, ?> parts, String key) {
        Object value = parts.get(key);
        return value instanceof String text && !text.isBlank() ? text.strip() : null;
    }
}
