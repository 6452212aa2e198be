package it.sportello.territory.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import it.sportello.platform.BusinessException;

class AreaTest {

    private final Area area = new Area("centro-storico", "Centro storico", 0, null)
            .street("Via Roma")
            .postcode("56125");

    @Test
    void renamingKeepsTheNameWithoutSurroundingSpacesAndRequiresOne() {
        area.rename("  Centro antico ");

        assertThat(area.getName()).isEqualTo("Centro antico");
        assertRefused(() -> area.rename("  "), "areas.name.required");
        assertRefused(() -> area.rename("x".repeat(121)), "areas.name.too_long");
        assertThat(area.getName()).isEqualTo("Centro antico");
    }

    @Test
    void theCodeIsALowerCaseSlug() {
        area.recode("frazione-san-pietro2");

        assertThat(area.getCode()).isEqualTo("frazione-san-pietro2");
        assertRefused(() -> area.recode(""), "areas.code.required");
        assertRefused(() -> area.recode("Centro Storico"), "areas.code.invalid");
        assertRefused(() -> area.recode("centro--storico"), "areas.code.invalid");
        assertRefused(() -> area.recode("-centro"), "areas.code.invalid");
        assertRefused(() -> area.recode("città"), "areas.code.invalid");
        assertThat(area.getCode()).isEqualTo("frazione-san-pietro2");
    }

    @Test
    void theComuneIsACadastralCodeOrNone() {
        area.locateIn(" g702 ");
        assertThat(area.getComuneCode()).isEqualTo("G702");

        assertRefused(() -> area.locateIn("G70"), "areas.comune.invalid");
        assertRefused(() -> area.locateIn("7020"), "areas.comune.invalid");
        assertRefused(() -> area.locateIn("PISA"), "areas.comune.invalid");
        assertThat(area.getComuneCode()).isEqualTo("G702");

        area.locateIn(" ");
        assertThat(area.getComuneCode()).isNull();
    }

    @Test
    void replacedStreetsAreStoredAsTheZoningComparesThem() {
        area.replaceStreets(Area.streetsIn("P.zza del Municipio\n\n  V.le della Stazione 12  \r\nVia Roma\nvia roma"));

        assertThat(area.getStreets()).containsExactly("piazza del municipio", "viale della stazione", "via roma");
    }

    @Test
    void postcodesAreFiveDigitsSeparatedByCommasSpacesOrLines() {
        assertThat(Area.postcodesIn("56121, 56122\n56123  56121;56124"))
                .containsExactly("56121", "56122", "56123", "56124");
        assertThat(Area.postcodesIn("  ")).isEmpty();

        assertThatThrownBy(() -> Area.postcodesIn("56121, 5612, 561230"))
                .isInstanceOfSatisfying(BusinessException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("areas.postcode.invalid");
                    assertThat(refusal.parameters()).containsExactly("5612");
                });
    }

    @Test
    void replacingThePostcodesChecksThemAllBeforeChangingAny() {
        area.replacePostcodes(List.of("56121", " 56128 "));
        assertThat(area.getPostcodes()).containsExactly("56121", "56128");

        assertRefused(() -> area.replacePostcodes(List.of("56100", "5610A")), "areas.postcode.invalid");
        assertThat(area.getPostcodes()).containsExactly("56121", "56128");

        area.replacePostcodes(List.of());
        assertThat(area.getPostcodes()).isEmpty();
    }

    @Test
    void aNewAreaFollowsTheSameRules() {
        assertRefused(() -> new Area("Centro", "Centro", 0, null), "areas.code.invalid");
        assertRefused(() -> new Area("centro", " ", 0, null), "areas.name.required");
        assertRefused(() -> new Area("centro", "Centro", 0, "X1"), "areas.comune.invalid");
        assertRefused(() -> area.postcode("561"), "areas.postcode.invalid");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable change, String key) {
        assertThatThrownBy(change)
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo(key));
    }
}
