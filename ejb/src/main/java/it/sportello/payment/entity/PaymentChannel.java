package it.sportello.payment.entity;

/** How a paid debt position was paid: through the intermediary, or registered by an operator. */
public enum PaymentChannel {
    PAGOPA,
    REGISTERED
}
