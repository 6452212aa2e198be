/**
 * Forms: what a citizen fills in when starting a practice for a service. A form is data, not code:
 * each service has a versioned JSON definition of sections and fields, written by an administrator,
 * that the wizard renders and that the server checks again on every submit.
 *
 * <p>{@link it.sportello.form.control} holds the engine: the definition model and its JSON format,
 * the validation of what a page sent, computed fields, file type detection and the register of
 * Italian comuni used by address fields. It is plain Java so that it is unit-tested without a
 * container; the catalog stores definitions and the web module renders them on top of it.
 */
package it.sportello.form;
