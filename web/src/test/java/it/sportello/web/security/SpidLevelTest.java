package it.sportello.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpidLevelTest {

    @Test
    void theLevelIsReadFromTheAcrValuesOfAgid() {
        assertThat(SpidLevel.of("https://www.spid.gov.it/SpidL1")).isEqualTo(1);
        assertThat(SpidLevel.of("https://www.spid.gov.it/SpidL2")).isEqualTo(2);
        assertThat(SpidLevel.of(" https://www.spid.gov.it/SpidL3 ")).isEqualTo(3);
    }

    @Test
    void aMissingOrForeignValueIsNoLevel() {
        assertThat(SpidLevel.of(null)).isZero();
        assertThat(SpidLevel.of("")).isZero();
        assertThat(SpidLevel.of("https://www.spid.gov.it/SpidL4")).isZero();
        assertThat(SpidLevel.of("urn:mace:incommon:iap:silver")).isZero();
        assertThat(SpidLevel.of("https://www.spid.gov.it.example.org/SpidL3")).isZero();
    }

    @Test
    void aLevelIsAskedWithItsAcrValue() {
        assertThat(SpidLevel.acr(2)).isEqualTo("https://www.spid.gov.it/SpidL2");
        assertThat(SpidLevel.of(SpidLevel.acr(3))).isEqualTo(3);
        assertThatThrownBy(() -> SpidLevel.acr(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
