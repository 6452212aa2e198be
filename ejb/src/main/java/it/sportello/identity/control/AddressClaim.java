package it.sportello.identity.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import it.sportello.identity.entity.Address;

/**
 * The postal address a digital identity asserts (SPID's "domicilio fisico"), as the desk's
 * {@link Address}. OpenID Connect and the AgID guidelines for SPID/CIE OpenID Connect send the
 * {@code address} claim as an object ({@code street_address}, {@code locality}, {@code region},
 * {@code postal_code}, {@code country} or {@code country_code}, {@code formatted}); proxies that
 * translate SAML attributes often send the SAML attribute as it is, a plain string such as
 * {@code "Via Roma 1 56125 Pisa PI"}. A string is split into its parts as well as it can be;
 * what cannot be recognized stays whole in the street, so nothing the identity said is lost.
 *
 * <p>Every part fits the limits of {@link Address}: a postcode that is not Italian goes with the
 * city, a region that is not a province code is left out, long texts are shortened.
 */
public final class AddressClaim {

    private static final int STREET_LENGTH = 200;
    private static final int NUMBER_LENGTH = 20;
    private static final int TEXT_LENGTH = 100;

    private static final Pattern POSTCODE = Pattern.compile("(?<![0-9])[0-9]{5}(?![0-9])");
    private static final Pattern PROVINCE = Pattern.compile("\\(?([A-Za-z]{2})\\)?");
    private static final Pattern CITY_AND_PROVINCE = Pattern.compile("(.+?)\\s+\\(?([A-Z]{2})\\)?");
    /** A house number at the end of the street: 1, 12A, 12/B, 7 bis, or "snc" (senza numero civico). */
    private static final Pattern STREET_AND_NUMBER =
            Pattern.compile("(.+?)[\\s,]+(?:n\\.\\s*)?([0-9]+\\s*(?:/\\s*[0-9A-Za-z]+|[A-Za-z]|bis|ter)?|snc|SNC)");

    private AddressClaim() {}

    /** The address of the claim's value (a JSON object as a map, or a string); empty when there is none. */
    public static Optional<Address> read(Object claim) {
        Address address;
        if (claim instanceof Map<?, ?> object) {
            address = fromObject(object);
        } else if (claim instanceof String text) {
            address = fromText(text);
        } else {
            return Optional.empty();
        }
        return address.isEmpty() ? Optional.empty() : Optional.of(address);
    }

    private static Address fromObject(Map<?, ?> object) {
        String street = text(object.get("street_address"));
        String city = text(object.get("locality"));
        String postcode = text(object.get("postal_code"));
        String region = text(object.get("region"));
        String country = text(object.get("country_code")) != null
                ? text(object.get("country_code"))
                : text(object.get("country"));
        if (street == null && city == null && postcode == null) {
            // Only the formatted text (allowed by OpenID Connect), or nothing but a region or country.
            String formatted = text(object.get("formatted"));
            if (formatted != null) {
                Address address = fromText(formatted);
                if (address.getCountry() == null) {
                    address.setCountry(country(country));
                }
                return address;
            }
        }
        Address address = new Address();
        setStreet(address, street == null ? null : street.replaceAll("\\s*\\R\\s*", ", "));
        setPostcodeAndCity(address, postcode, city);
        if (region != null && PROVINCE.matcher(region).matches()) {
            address.setProvince(province(region));
        }
        address.setCountry(country(country));
        return address;
    }

    /**
     * "Via Roma 1 56125 Pisa PI", "Via Listz 21, Roma, RM, 00144, IT", "Piazza Garibaldi 3, 56031
     * Bugliano (PI), Italia": the five-digit postcode divides the street (before it) from the city
     * (after it); commas, when there are some, separate city, province and country.
     */
    static Address fromText(String claim) {
        Address address = new Address();
        String text = claim.strip().replaceAll("\\s*\\R\\s*", ", ").replaceAll("\\s+", " ");
        MatchResult postcode = lastPostcode(text);
        if (text.isEmpty()) {
            return address;
        }
        if (postcode == null) {
            address.setStreet(shorten(text, STREET_LENGTH));
            return address;
        }
        address.setPostcode(postcode.group());
        List<String> before = parts(text.substring(0, postcode.start()));
        List<String> after = parts(text.substring(postcode.end()));
        if (!before.isEmpty()) {
            setStreet(address, before.remove(0));
        }
        List<String> rest = new ArrayList<>(before);
        rest.addAll(after);
        for (String part : rest) {
            if (address.getCity() == null && !isCode(part)) {
                Matcher withProvince = CITY_AND_PROVINCE.matcher(part);
                if (address.getProvince() == null && withProvince.matches()) {
                    address.setCity(shorten(withProvince.group(1), TEXT_LENGTH));
                    address.setProvince(withProvince.group(2));
                } else {
                    address.setCity(shorten(part, TEXT_LENGTH));
                }
            } else if (address.getProvince() == null && address.getCity() != null && isCode(part)) {
                address.setProvince(province(part));
            } else if (address.getCountry() == null) {
                address.setCountry(country(part));
            }
        }
        return address;
    }

    /** The last five-digit number: a house number may come before it, never after. */
    private static MatchResult lastPostcode(String text) {
        Matcher matcher = POSTCODE.matcher(text);
        MatchResult last = null;
        while (matcher.find()) {
            last = matcher.toMatchResult();
        }
        return last;
    }

    private static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split(",")) {
            String stripped = part.strip();
            if (!stripped.isEmpty() && !stripped.equals("-")) {
                parts.add(stripped);
            }
        }
        return parts;
    }

    private static boolean isCode(String part) {
        return PROVINCE.matcher(part).matches()
                && part.replaceAll("[()]", "")
                        .equals(part.replaceAll("[()]", "").toUpperCase(Locale.ROOT));
    }

    private static void setStreet(Address address, String street) {
        if (street == null) {
            return;
        }
        Matcher split = STREET_AND_NUMBER.matcher(street);
        if (split.matches() && split.group(2).length() <= NUMBER_LENGTH) {
            address.setStreet(shorten(split.group(1), STREET_LENGTH));
            address.setNumber(split.group(2).replaceAll("\\s+", ""));
        } else {
            address.setStreet(shorten(street, STREET_LENGTH));
        }
    }

    private static void setPostcodeAndCity(Address address, String postcode, String city) {
        if (postcode != null && POSTCODE.matcher(postcode).matches()) {
            address.setPostcode(postcode);
            address.setCity(shorten(city, TEXT_LENGTH));
        } else if (postcode != null) {
            // A foreign postcode has no field of its own: it stays with the city, as it is written there.
            address.setCity(shorten(city == null ? postcode : postcode + " " + city, TEXT_LENGTH));
        } else {
            address.setCity(shorten(city, TEXT_LENGTH));
        }
    }

    private static String province(String text) {
        return text.replaceAll("[()]", "").toUpperCase(Locale.ROOT);
    }

    /** A two-letter ISO code becomes the country's Italian name ("IT" is "Italia"); a name stays as it is. */
    private static String country(String text) {
        if (text == null) {
            return null;
        }
        if (text.matches("[A-Za-z]{2}")) {
            String name = new Locale("", text.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ITALIAN);
            if (!name.isEmpty() && !name.equalsIgnoreCase(text)) {
                return name;
            }
        }
        return shorten(text, TEXT_LENGTH);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private static String shorten(String text, int length) {
        return text == null || text.length() <= length
                ? text
                : text.substring(0, length).strip();
    }
}
