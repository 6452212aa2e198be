package it.sportello.identity.entity;

/** How a citizen proved their identity. */
public enum AuthMethod {
    SPID, CIE, CNS
}
