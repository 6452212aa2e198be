package it.sportello.territory.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import it.sportello.form.control.PostalAddress;
import it.sportello.territory.entity.Area;

class ZoningTest {

    private final Area centre = new Area("centro-storico", "Centro storico", 0, null)
            .street("Piazza del Municipio")
            .street("Via Roma");
    private final Area hill = new Area("bugliano-alta", "Bugliano Alta", 1, null)
            .street("Via della Rocca")
            .street("Via Roma");
    private final Area hamlet = new Area("frazione-san-pietro", "Frazione San Pietro", 2, null)
            .street("Via San Pietro")
            .postcode("56039");
    private final List<Area> areas = List.of(hamlet, hill, centre);

    private static PostalAddress address(String street, String cap) {
        return new PostalAddress(street, "3", "IT", "PI", "Pisa", "G702", cap);
    }

    @Test
    void theStreetPlacesTheAddressHoweverItIsWritten() {
        assertThat(Zoning.areaOf(areas, address("p.zza del municipio", "56125")))
                .contains(centre);
    }

    @Test
    void aStreetInTwoAreasGoesToTheOneThatComesFirst() {
        assertThat(Zoning.areaOf(areas, address("Via Roma", null))).contains(centre);
    }

    @Test
    void theStreetDecidesBeforeThePostcode() {
        assertThat(Zoning.areaOf(areas, address("Via della Rocca", "56039"))).contains(hill);
    }

    @Test
    void anUnknownStreetIsPlacedByItsPostcode() {
        assertThat(Zoning.areaOf(areas, address("Via Nuova", "56039"))).contains(hamlet);
    }

    @Test
    void anAddressNoAreaClaimsHasNone() {
        assertThat(Zoning.areaOf(areas, address("Via Nuova", "56125"))).isEmpty();
        assertThat(Zoning.areaOf(areas, (PostalAddress) null)).isEmpty();
    }

    @Test
    void anAddressAbroadHasNone() {
        assertThat(Zoning.areaOf(areas, new PostalAddress("Via Roma", "1", "CH", "TI", "Lugano", null, "6900")))
                .isEmpty();
    }

    @Test
    void anAreaOfAnotherComuneDoesNotClaimTheAddress() {
        Area elsewhere = new Area("altrove", "Altrove", 0, "A001").street("Via Nuova");
        assertThat(Zoning.areaOf(List.of(elsewhere), address("Via Nuova", null)))
                .isEmpty();
        assertThat(Zoning.areaOf(
                        List.of(new Area("pisa", "Pisa", 0, "G702").street("Via Nuova")), address("Via Nuova", null)))
                .isPresent();
    }

    @Test
    void theFirstAddressThatIsInAnAreaDecides() {
        assertThat(Zoning.areaOf(
                        areas,
                        List.of(
                                address("Via Nuova", "56125"),
                                address("Via San Pietro", null),
                                address("Via Roma", null))))
                .contains(hamlet);
    }
}
