/**
 * E-mail to citizens and staff, through the municipality's SMTP server.
 */
package it.sportello.mail;
