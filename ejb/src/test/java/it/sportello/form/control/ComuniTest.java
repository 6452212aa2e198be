package it.sportello.form.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComuniTest {

    private final Comuni comuni = Comuni.italian();

    @Test
    void theRegisterHoldsEveryComuneAndProvince() {
        assertThat(comuni.size()).isGreaterThan(7900);
        assertThat(comuni.provinces()).hasSize(107).contains(new Province("TN", "Trento"));
    }

    @Test
    void aComuneIsFoundByCadastralCode() {
        Comune roma = comuni.byCadastralCode("h501").orElseThrow();
        assertThat(roma.name()).isEqualTo("Roma");
        assertThat(roma.province()).isEqualTo("RM");
        assertThat(roma.istatCode()).isEqualTo("058091");
    }

    @Test
    void aComuneIsFoundByIstatCode() {
        assertThat(comuni.byIstatCode("022205")).map(Comune::name).contains("Trento");
    }

    @Test
    void theComuniOfAProvinceAreInAlphabeticalOrder() {
        assertThat(comuni.inProvince("tn")).extracting(Comune::name).startsWith("Ala", "Albiano", "Aldeno")
                .contains("Trento", "Rovereto");
        assertThat(comuni.inProvince("XX")).isEmpty();
    }

    @Test
    void aComuneIsFoundByNameIgnoringCaseAccentsAndApostrophes() {
        assertThat(comuni.find("AO", "valle d’aosta")).isEmpty();
        assertThat(comuni.find("TO", "aglie")).map(Comune::name).contains("Agliè");
        assertThat(comuni.find("TO", "ALBIANO D’IVREA")).map(Comune::cadastralCode).contains("A157");
    }

    @Test
    void aComuneOfAnotherProvinceIsNotFound() {
        assertThat(comuni.find("TN", "Bolzano")).isEmpty();
        assertThat(comuni.find("TN", "A952")).isEmpty();
    }

    @Test
    void aCapMatchesOnlyItsComune() {
        assertThat(comuni.capMatches("TN", "Trento", "38122")).isTrue();
        assertThat(comuni.capMatches("TN", "Trento", "39100")).isFalse();
    }

    @Test
    void everyCapOfAMultiCapCityMatches() {
        assertThat(comuni.byCadastralCode("L219").orElseThrow().caps()).contains("10121", "10138", "10156").hasSize(36);
    }
}
