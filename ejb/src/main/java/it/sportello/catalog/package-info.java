/**
 * The service catalog: categories and, with them, the municipal services citizens find on the
 * public site.
 */
package it.sportello.catalog;
