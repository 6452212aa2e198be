/**
 * Appointments and calendars ("prenotazioni"): the calendars of the offices and rooms with their
 * opening hours and closures, the slot rules that say what can be booked when, and the
 * appointments. {@code entity} holds the calendar and the appointment with its status rules;
 * {@code control} the slot rules and the documents made from an appointment; {@code boundary} what
 * pages call, including the seat allocation that makes overbooking impossible in the database.
 */
package it.sportello.booking;
