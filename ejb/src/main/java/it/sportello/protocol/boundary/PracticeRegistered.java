package it.sportello.protocol.boundary;

/** A document of a practice got its protocol number: fired inside the registering transaction. */
public record PracticeRegistered(String reference, long registrationId) {}
