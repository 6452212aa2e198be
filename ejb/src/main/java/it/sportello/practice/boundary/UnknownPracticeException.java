package it.sportello.practice.boundary;

import it.sportello.platform.BusinessException;

/**
 * No practice with that reference for this citizen: also what another citizen's practice looks
 * like, so that nobody learns whether a reference exists.
 */
public class UnknownPracticeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownPracticeException() {
        super("practice.unknown");
    }
}
