/**
 * E-mail to citizens and staff: every mail is stored in the outbox within the transaction that
 * causes it, then delivered through the municipality's SMTP server, promptly after the commit and
 * by the outbox job until the server takes it.
 */
package it.sportello.mail;
