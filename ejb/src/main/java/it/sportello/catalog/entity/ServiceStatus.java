package it.sportello.catalog.entity;

/**
 * Whether a service can be started. Bundle keys: {@code ServiceStatus.AVAILABLE} and so on.
 */
public enum ServiceStatus {
    /** Listed and open to requests. */
    AVAILABLE,
    /** Listed, card readable, but no new requests for now. */
    SUSPENDED,
    /** Not listed in the catalog; reachable only by its address (e.g. for a pilot). */
    PRIVATE,
    /** Listed, open to requests only between its scheduled dates (e.g. a yearly call). */
    SCHEDULED
}
