package it.sportello.practice.entity;

/**
 * The parts of a delegation a citizen gives at the wizard's "Ruolo" step, in the order the step
 * shows them: what a refusal points at, so that it is said next to the part to fix.
 */
public enum DelegationPart {
    /** Codice fiscale, given name and family name of the person represented. */
    BENEFICIARY,
    DELEGATION_FILE,
    DELEGATION_VALIDITY,
    DOCUMENT_FILE,
    DOCUMENT_VALIDITY
}
