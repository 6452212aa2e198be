/**
 * Amounts of money in euros ({@link it.sportello.platform.money.Money}): what a payment, a stamp
 * duty or an amount field of a form holds, checked once where it is made, whether it was typed
 * in a page or computed.
 */
package it.sportello.platform.money;
