package it.sportello.protocol.entity;

/** Whether a registered document came in (from the citizen) or went out (from the municipality). */
public enum Direction {
    /** In arrivo. */
    INCOMING,
    /** In partenza. */
    OUTGOING
}
