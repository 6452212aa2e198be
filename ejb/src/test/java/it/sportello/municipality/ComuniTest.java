package it.sportello.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

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
        assertThat(comuni.inProvince("tn"))
                .extracting(Comune::name)
                .startsWith("Ala", "Albiano", "Aldeno")
                .contains("Trento", "Rovereto");
        assertThat(comuni.inProvince("XX")).isEmpty();
    }

    @Test
    void aComuneIsFoundByNameIgnoringCaseAccentsAndApostrophes() {
        assertThat(comuni.find("AO", "valle d’aosta")).isEmpty();
        assertThat(comuni.find("TO", "aglie")).map(Comune::name).contains("Agliè");
        assertThat(comuni.find("TO", "ALBIANO D’IVREA"))
                .map(Comune::cadastralCode)
                .contains("A157");
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
        assertThat(comuni.byCadastralCode("L219").orElseThrow().caps())
                .contains("10121", "10138", "10156")
                .hasSize(36);
    }

    private static final Comune BUGLIANO = new Comune(null, "Bugliano", "pi", "m999", List.of("56010"));

    @Test
    void theMunicipalitysOwnComuneIsListedFirstInItsProvince() {
        Comuni withBugliano = comuni.withOwn(BUGLIANO);
        assertThat(withBugliano.inProvince("PI"))
                .extracting(Comune::name)
                .startsWith("Bugliano", "Bientina", "Buti")
                .contains("Pisa");
        assertThat(withBugliano.inProvince("PI"))
                .hasSize(comuni.inProvince("PI").size() + 1);
        assertThat(withBugliano.size()).isEqualTo(comuni.size() + 1);
    }

    @Test
    void theMunicipalitysOwnComuneIsFoundAndTakesItsCap() {
        Comuni withBugliano = comuni.withOwn(BUGLIANO);
        assertThat(withBugliano.find("PI", "bugliano"))
                .map(Comune::cadastralCode)
                .contains("M999");
        assertThat(withBugliano.byCadastralCode("M999")).map(Comune::province).contains("PI");
        assertThat(withBugliano.capMatches("PI", "Bugliano", "56010")).isTrue();
        assertThat(withBugliano.capMatches("PI", "Bugliano", "56100")).isFalse();
        assertThat(withBugliano.find("LU", "Bugliano")).isEmpty();
    }

    @Test
    void aRealComuneStillWorksBesideTheMunicipalitysOwn() {
        Comuni withBugliano = comuni.withOwn(BUGLIANO);
        assertThat(withBugliano.find("PI", "Pisa")).map(Comune::cadastralCode).contains("G702");
        assertThat(withBugliano.capMatches("PI", "Pisa", "56121")).isTrue();
        assertThat(withBugliano.inProvince("TN")).extracting(Comune::name).startsWith("Ala", "Albiano", "Aldeno");
    }

    @Test
    void aListedComuneConfiguredAsTheMunicipalitysOwnIsFirstAndNotRepeated() {
        Comuni withPisa = comuni.withOwn(new Comune(null, "Pisa", "PI", "G702", List.of("56121")));
        assertThat(withPisa.inProvince("PI"))
                .extracting(Comune::name)
                .startsWith("Pisa", "Bientina")
                .hasSize(comuni.inProvince("PI").size())
                .doesNotHaveDuplicates();
        assertThat(withPisa.byCadastralCode("G702")).map(Comune::istatCode).contains("050026");
    }

    @Test
    void theMunicipalitysOwnComuneNeedsAKnownProvince() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> comuni.withOwn(new Comune(null, "Bugliano", "XX", "M999", List.of())));
    }
}
