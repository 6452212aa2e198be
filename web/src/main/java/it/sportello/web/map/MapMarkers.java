package it.sportello.web.map;

import static it.sportello.platform.text.JsonFactory.JSON;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;

import it.sportello.practice.boundary.PracticePlace;
import it.sportello.practice.entity.PracticeStatus;
import it.sportello.web.i18n.BundleMessages;

/**
 * The markers of a read-only map as the page gives them to {@code maps.js} (a JSON attribute):
 * place, colour of the status, a title naming the practice and its status, and the link to it.
 * A status is also said in words, in the title and in the legend, never by colour alone.
 */
public final class MapMarkers {

    /** The colour of each status group: new, being worked, waiting for the citizen, closed well, closed otherwise. */
    private static final Map<PracticeStatus, String> COLOURS = Map.ofEntries(
            Map.entry(PracticeStatus.DRAFT, "#a6aeb5"),
            Map.entry(PracticeStatus.WAITING_STAMP_DUTY, "#f5c46b"),
            Map.entry(PracticeStatus.WAITING_PAYMENT, "#f5c46b"),
            Map.entry(PracticeStatus.PAYMENT_PENDING, "#f5c46b"),
            Map.entry(PracticeStatus.PAYMENT_DONE, "#3f8fe0"),
            Map.entry(PracticeStatus.SUBMITTED, "#3f8fe0"),
            Map.entry(PracticeStatus.ACQUIRED, "#3f8fe0"),
            Map.entry(PracticeStatus.REGISTERED, "#3f8fe0"),
            Map.entry(PracticeStatus.IN_PROGRESS, "#ff9900"),
            Map.entry(PracticeStatus.WAITING_INTEGRATION, "#f5c46b"),
            Map.entry(PracticeStatus.PROCESSED, "#ff9900"),
            Map.entry(PracticeStatus.ACCEPTED, "#23a85a"),
            Map.entry(PracticeStatus.PARTIALLY_ACCEPTED, "#8bc34a"),
            Map.entry(PracticeStatus.REJECTED, "#d9364f"),
            Map.entry(PracticeStatus.WITHDRAWN, "#6c7a89"),
            Map.entry(PracticeStatus.CANCELLED, "#6c7a89"));

    private MapMarkers() {}

    public static String colour(PracticeStatus status) {
        return COLOURS.getOrDefault(status, "#a6aeb5");
    }

    /**
     * @param link the address of a practice's page without its reference, e.g.
     *     {@code /ctx/backoffice/pratiche/dettaglio.xhtml?pratica=}
     */
    public static String json(Collection<PracticePlace> places, String link, Locale locale) {
        JsonArrayBuilder markers = JSON.createArrayBuilder();
        for (PracticePlace place : places) {
            String status = BundleMessages.text(
                    locale, "PracticeStatus." + place.status().name());
            markers.add(JSON.createObjectBuilder()
                    .add("lat", place.point().latitude())
                    .add("lon", place.point().longitude())
                    .add("status", place.status().name())
                    .add("colour", colour(place.status()))
                    .add("title", place.shortReference() + " - " + place.applicant() + " - " + status)
                    .add("url", link + place.reference()));
        }
        return markers.build().toString();
    }

    /** The statuses among the places, in the order of their lifecycle, for the legend. */
    public static List<PracticeStatus> statuses(Collection<PracticePlace> places) {
        return places.stream().map(PracticePlace::status).distinct().sorted().toList();
    }
}
