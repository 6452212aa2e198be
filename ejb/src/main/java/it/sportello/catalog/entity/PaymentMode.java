package it.sportello.catalog.entity;

/** When a service asks to be paid: never, when the request is sent, or on approval. */
public enum PaymentMode {
    NONE,
    AT_REQUEST,
    DEFERRED
}
