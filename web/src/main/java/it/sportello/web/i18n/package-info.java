/**
 * Languages of the user interface: Italian first, English and German. Every text a user sees
 * comes from the {@code messages} bundle of this package.
 */
package it.sportello.web.i18n;
