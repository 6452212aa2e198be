package it.sportello.mail.boundary;

import it.sportello.platform.BusinessException;

/** The mail server did not take the message; whoever asked may try again later. */
public class MailNotSentException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public MailNotSentException(Throwable cause) {
        super("mail.not_sent");
        initCause(cause);
    }
}
