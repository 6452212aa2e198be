package it.sportello.municipality;

/**
 * An Italian province (or metropolitan city, or free consortium) by the abbreviation of its car
 * plates, e.g. TN Trento.
 */
public record Province(String code, String name) {}
