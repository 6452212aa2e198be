/**
 * Payments: pagoPA debt positions ({@code entity.Payment}) with their IUV, codice avviso and
 * notice PDF, the intermediary that collects them (pluggable, with a built-in simulation), and
 * stamp duties ({@code entity.StampDuty}). The pagoPA codes a payment is made of ({@code Iud},
 * {@code NoticeNumber}, {@code PaymentCode}) sit next to it in {@code entity}; {@code control}
 * holds the notice and the intermediaries; {@code boundary} what pages, the desk and the
 * intermediary's notifications call, and the practice's {@code Cashier}, which a practice asks for
 * its payments and stamps without knowing this component.
 */
package it.sportello.payment;
