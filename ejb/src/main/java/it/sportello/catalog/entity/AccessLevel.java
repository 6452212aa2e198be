package it.sportello.catalog.entity;

/**
 * The least assurance a citizen's login must give to start a service, from anonymous up to the
 * electronic identity card. The levels are ordered: a higher one satisfies a lower one.
 */
public enum AccessLevel {
    ANONYMOUS,
    SPID_L1,
    SPID_L2,
    CIE;

    public boolean isSatisfiedBy(AccessLevel proven) {
        return proven.compareTo(this) >= 0;
    }

    public boolean requiresLogin() {
        return this != ANONYMOUS;
    }
}
