/**
 * The municipality (Comune) that runs the desk: its identity as configured, and the register of
 * Italian comuni (ISTAT's list, {@code comuni.tsv.gz}) with the municipality's own comune always
 * in it, which addresses are chosen from and checked against. It depends on no other component:
 * forms, identity and the rest read it.
 */
package it.sportello.municipality;
