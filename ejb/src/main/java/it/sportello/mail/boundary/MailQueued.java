package it.sportello.mail.boundary;

/** A mail was stored in the outbox: fired inside the storing transaction, observed after it commits. */
public record MailQueued(long id) {}
