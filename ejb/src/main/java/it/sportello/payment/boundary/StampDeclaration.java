package it.sportello.payment.boundary;

import java.time.LocalDateTime;

/** What the citizen types for one stamp: the 14-digit identifier and the issue date and time. */
public record StampDeclaration(String identifier, LocalDateTime issuedAt) {}
