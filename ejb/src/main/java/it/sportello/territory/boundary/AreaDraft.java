package it.sportello.territory.boundary;

import java.util.List;

/**
 * What a manager writes for an area: its code, name, position in the list, comune (cadastral
 * code, blank for any), street names and postcodes.
 */
public record AreaDraft(
        String code, String name, int position, String comuneCode, List<String> streets, List<String> postcodes) {

    public AreaDraft {
        streets = streets == null ? List.of() : List.copyOf(streets);
        postcodes = postcodes == null ? List.of() : List.copyOf(postcodes);
    }
}
