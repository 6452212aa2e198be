package it.sportello.web.catalog;

import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.Service;
import it.sportello.municipality.Comune;

/**
 * The schema.org description of a service ({@code GovernmentService}) that a service card carries
 * as JSON-LD, as the national model for municipal sites asks (AgID, criterion R.SI.1.1): the
 * service, its operator (the municipality), the area it serves, its audience, and the channel to
 * reach it with the office's place and postal address.
 */
final class ServiceMetatag {

    /** An Italian address as offices write it: "Piazza del Municipio 1, 56030 Bugliano (PI)". */
    private static final Pattern ADDRESS =
            Pattern.compile("^(.+?),\\s*(\\d{5})\\s+([^(]+?)(?:\\s*\\([A-Za-z]{2}\\))?\\s*$");

    private ServiceMetatag() {}

    /**
     * The JSON-LD text, safe inside a {@code script} element.
     *
     * @param labels the reader's text of a bundle key (audiences, the default service type)
     */
    static String of(
            Service service,
            Locale locale,
            String municipality,
            Comune comune,
            String cardUrl,
            Function<String, String> labels) {
        JsonObjectBuilder channel = Json.createObjectBuilder()
                .add("@type", "ServiceChannel")
                .add("name", service.getTitle().in(locale))
                .add("serviceUrl", cardUrl);
        Office office = service.getOffice();
        channel.add(
                "serviceLocation",
                Json.createObjectBuilder()
                        .add("@type", "Place")
                        .add("name", office != null ? office.getName().in(locale) : municipality)
                        .add("address", address(office != null ? office.getAddress() : null, comune)));
        String audiences = service.getAudiences().stream()
                .map(audience -> labels.apply("Audience." + audience.name()))
                .sorted()
                .collect(Collectors.joining(", "));
        String json = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "GovernmentService")
                .add("name", service.getTitle().in(locale))
                .add(
                        "serviceType",
                        service.mainCategory()
                                .map(category -> category.getName().in(locale))
                                .orElseGet(() -> labels.apply("service.metatag.type")))
                .add(
                        "serviceOperator",
                        Json.createObjectBuilder()
                                .add("@type", "GovernmentOrganization")
                                .add("name", municipality))
                .add(
                        "areaServed",
                        Json.createObjectBuilder()
                                .add("@type", "AdministrativeArea")
                                .add("name", comune.name()))
                .add(
                        "audience",
                        Json.createObjectBuilder()
                                .add("@type", "Audience")
                                .add(
                                        "audienceType",
                                        audiences.isEmpty() ? labels.apply("Audience.CITIZEN") : audiences))
                .add("availableChannel", channel)
                .build()
                .toString();
        // "</script>" in a text would end the element: "<" is written as its JSON escape
        return json.replace("<", "\\u003c");
    }

    /** The office's address split as schema.org wants it; the municipality's when the office has none. */
    static JsonObjectBuilder address(String written, Comune comune) {
        JsonObjectBuilder address = Json.createObjectBuilder().add("@type", "PostalAddress");
        Matcher parts = written == null ? null : ADDRESS.matcher(written.strip());
        if (parts != null && parts.matches()) {
            return address.add("streetAddress", parts.group(1).strip())
                    .add("postalCode", parts.group(2))
                    .add("addressLocality", parts.group(3).strip());
        }
        return address.add("streetAddress", written == null || written.isBlank() ? comune.name() : written.strip())
                .add("postalCode", comune.caps().isEmpty() ? "" : comune.caps().get(0))
                .add("addressLocality", comune.name());
    }
}
