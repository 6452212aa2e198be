package it.sportello.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import it.sportello.catalog.entity.AccessLevel;

class AuthMethodTest {

    @Test
    void theCardIsTheHighestLevel() {
        assertThat(AuthMethod.CIE.level(null)).isEqualTo(AccessLevel.CIE);
    }

    @Test
    void spidCountsByTheLevelInItsAcr() {
        assertThat(AuthMethod.SPID.level("https://www.spid.gov.it/SpidL1")).isEqualTo(AccessLevel.SPID_L1);
        assertThat(AuthMethod.SPID.level("https://www.spid.gov.it/SpidL2")).isEqualTo(AccessLevel.SPID_L2);
        assertThat(AuthMethod.SPID.level("https://www.spid.gov.it/SpidL3")).isEqualTo(AccessLevel.CIE);
    }

    @Test
    void anUnknownSpidLevelCountsAsTheLowest() {
        assertThat(AuthMethod.SPID.level(null)).isEqualTo(AccessLevel.SPID_L1);
        assertThat(AuthMethod.SPID.level("urn:unknown")).isEqualTo(AccessLevel.SPID_L1);
    }

    @Test
    void theServicesCardCountsAsSpidLevelTwo() {
        assertThat(AuthMethod.CNS.level(null)).isEqualTo(AccessLevel.SPID_L2);
    }
}
