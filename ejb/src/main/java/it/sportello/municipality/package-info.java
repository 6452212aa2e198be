/**
 * The municipality (Comune) that runs the desk: its identity as configured.
 */
package it.sportello.municipality;
