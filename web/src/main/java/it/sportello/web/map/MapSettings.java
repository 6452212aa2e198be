package it.sportello.web.map;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import it.sportello.form.control.GeoPoint;

/**
 * The settings of the maps ({@code sportello.map.*}): where the tiles come from (none when the
 * tile address is empty or {@code none}: the map is then a plain background on which a point is
 * still placed),
 * the attribution the tiles' licence asks for, the geocoder the address search asks (none when
 * empty), and the place and zoom a map shows when nothing is placed yet.
 */
@ApplicationScoped
@Named("maps")
public class MapSettings {

    static final String TILE_URL = "sportello.map.tile-url";
    static final String ATTRIBUTION = "sportello.map.attribution";
    static final String ATTRIBUTION_URL = "sportello.map.attribution-url";
    static final String GEOCODER_URL = "sportello.map.geocoder-url";
    static final String CENTRE = "sportello.map.centre";
    static final String ZOOM = "sportello.map.zoom";
    static final String NONE = "none";

    @Inject
    Config config;

    /** The tile address with {z}, {x}, {y} (and optionally {s}); empty for a map without tiles. */
    public String getTileUrl() {
        return setting(config, TILE_URL).orElse("");
    }

    public String getAttribution() {
        return setting(config, ATTRIBUTION).orElse("");
    }

    public String getAttributionUrl() {
        return setting(config, ATTRIBUTION_URL).orElse("");
    }

    /** A Nominatim-style search address ({@code ?format=json&q=...}); empty for no address search. */
    public String getGeocoderUrl() {
        return setting(config, GEOCODER_URL).orElse("");
    }

    /** The municipality's centre, where a map opens when nothing is placed. */
    public GeoPoint getCentre() {
        return GeoPoint.parse(config.getValue(CENTRE, String.class));
    }

    public int getZoom() {
        return config.getValue(ZOOM, Integer.class);
    }

    /**
     * A setting's value; empty when unset, empty or {@code none} (an empty system property does
     * not hide the default of the settings file on Payara, {@code none} does).
     */
    static Optional<String> setting(Config config, String key) {
        return config.getOptionalValue(key, String.class)
                .map(String::strip)
                .filter(value -> !value.isEmpty() && !NONE.equalsIgnoreCase(value));
    }

    /**
     * The origins the Content-Security-Policy must allow for images (the tiles) and for requests
     * from scripts (the geocoder), read from the settings: nothing when they are empty or on this
     * host (a path such as {@code /tiles/{z}/{x}/{y}.png}).
     */
    public static Sources sources() {
        Config config = ConfigProvider.getConfig();
        return new Sources(
                setting(config, TILE_URL).flatMap(MapSettings::origin).orElse(""),
                setting(config, GEOCODER_URL).flatMap(MapSettings::origin).orElse(""));
    }

    /** Content-Security-Policy sources, each empty or one origin such as {@code https://*.tile.example.org}. */
    public record Sources(String images, String connections) {}

    /**
     * "https://tile.openstreetmap.org/{z}/{x}/{y}.png" → "https://tile.openstreetmap.org"; a
     * "{s}." subdomain becomes "*."; empty for a path on this host.
     */
    static Optional<String> origin(String address) {
        String template = address.replace("{s}.", "wildcard-subdomain.");
        URI uri;
        try {
            uri = URI.create(template.replaceAll("\\{[a-z]+}", "0"));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return Optional.empty();
        }
        String host = uri.getHost().replace("wildcard-subdomain.", "*.");
        return Optional.of(uri.getScheme() + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
    }
}
