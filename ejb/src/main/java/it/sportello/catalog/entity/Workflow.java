package it.sportello.catalog.entity;

/**
 * How the municipality handles a sent practice: its operators decide it here, or it is
 * forwarded to another back office (e.g. the SUAP) that decides elsewhere.
 */
public enum Workflow {
    APPROVAL,
    FORWARD
}
