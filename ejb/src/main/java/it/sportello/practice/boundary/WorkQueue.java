package it.sportello.practice.boundary;

/**
 * The work queues of the practice list ("filtro per lavorazione"). Bundle keys:
 * {@code WorkQueue.MY_OFFICE} and so on.
 */
public enum WorkQueue {
    /** Practices of the offices the operator works in: assigned there, or of a service the office owns when no office was assigned. */
    MY_OFFICE,
    /** Practices the operator holds. */
    MINE,
    /** Open practices nobody holds yet. */
    TO_ASSIGN
}
