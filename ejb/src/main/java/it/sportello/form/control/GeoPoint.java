package it.sportello.form.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The value of a MAP_POINT field: a place on the map as WGS 84 latitude and longitude in decimal
 * degrees, kept to {@value #DECIMALS} decimals (about ten centimetres, more than any map or phone
 * can place a pothole).
 */
public record GeoPoint(BigDecimal latitude, BigDecimal longitude) {

    /** The keys of the parts in what a page sends and in the JSON of {@link FormData}. */
    public static final String LATITUDE = "latitude";

    public static final String LONGITUDE = "longitude";

    public static final int DECIMALS = 6;

    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    public GeoPoint {
        if (latitude == null || longitude == null) {
            throw new IllegalArgumentException("A point has both a latitude and a longitude");
        }
        if (!latitudeInRange(latitude) || !longitudeInRange(longitude)) {
            throw new IllegalArgumentException("Out of range: " + latitude + ", " + longitude);
        }
        latitude = latitude.setScale(DECIMALS, RoundingMode.HALF_UP);
        longitude = longitude.setScale(DECIMALS, RoundingMode.HALF_UP);
    }

    /** Parses "43.7167,10.4000", the way settings write a point. */
    public static GeoPoint parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("A point is written latitude,longitude: " + text);
        }
        return new GeoPoint(new BigDecimal(parts[0].strip()), new BigDecimal(parts[1].strip()));
    }

    static boolean latitudeInRange(BigDecimal latitude) {
        return latitude.abs().compareTo(MAX_LATITUDE) <= 0;
    }

    static boolean longitudeInRange(BigDecimal longitude) {
        return longitude.abs().compareTo(MAX_LONGITUDE) <= 0;
    }

    /** "43.716700, 10.400000": the same in every language, as maps and spreadsheets read it. */
    @Override
    public String toString() {
        return latitude.toPlainString() + ", " + longitude.toPlainString();
    }
}
