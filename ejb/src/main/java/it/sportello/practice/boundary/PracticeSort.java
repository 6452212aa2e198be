package it.sportello.practice.boundary;

/** The columns the practice list sorts by. Bundle keys: {@code PracticeSort.INSERTED} and so on. */
public enum PracticeSort {
    /** When the practice was sent ("data di inserimento"). */
    INSERTED,
    /** The last status change ("ultimo cambio stato"); the default. */
    LAST_CHANGE,
    STATUS,
    /** Family name, then given name. */
    APPLICANT,
    PRIORITY
}
