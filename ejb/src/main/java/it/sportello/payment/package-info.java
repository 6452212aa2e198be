/**
 * Payments: pagoPA debt positions ({@code entity.Payment}) with their IUV, codice avviso and
 * notice PDF, the intermediary that collects them (pluggable, with a built-in simulation), and
 * stamp duties ({@code entity.StampDuty}). {@code control} holds the pagoPA formats and the
 * notice; {@code boundary} what pages, the desk and the intermediary's notifications call.
 */
package it.sportello.payment;
