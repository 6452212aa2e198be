package it.sportello.identity.entity;

import it.sportello.catalog.entity.AccessLevel;

/** How a citizen proved their identity. */
public enum AuthMethod {
    SPID,
    CIE,
    CNS;

    /**
     * The level of assurance this login gave: the electronic identity card is the highest; SPID
     * by the level in its {@code acr} ({@code https://www.spid.gov.it/SpidL2}), level 3 counting
     * as high as CIE; a national services card (CNS) as SPID level 2. An unknown SPID level counts
     * as level 1.
     */
    public AccessLevel level(String acr) {
        return switch (this) {
            case CIE -> AccessLevel.CIE;
            case CNS -> AccessLevel.SPID_L2;
            case SPID ->
                acr == null
                        ? AccessLevel.SPID_L1
                        : acr.endsWith("SpidL3")
                                ? AccessLevel.CIE
                                : acr.endsWith("SpidL2") ? AccessLevel.SPID_L2 : AccessLevel.SPID_L1;
        };
    }
}
