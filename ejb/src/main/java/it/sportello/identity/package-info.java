/**
 * Who people are: citizens known by codice fiscale (from SPID, CIE or CNS) with their profile,
 * and the accounts of municipal staff.
 */
package it.sportello.identity;
