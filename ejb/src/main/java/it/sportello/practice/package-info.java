/**
 * Practices ("pratiche"): a citizen's request for a service, from the draft through sending to
 * the outcome. {@code entity} holds the practice with its status rules, its iter, attachments and
 * messages; {@code control} the documents made from it; {@code boundary} what pages call.
 */
package it.sportello.practice;
