package it.sportello.practice.entity;

/**
 * What withdrawing a practice depends on besides the practice itself: see {@link Withdrawal#of}.
 *
 * @param paymentExists a payment of the practice stands (neither failed nor cancelled)
 * @param protocolOn    the protocol register is on: a practice is withdrawn only once registered
 */
public record WithdrawalCheck(boolean paymentExists, boolean protocolOn) {}
