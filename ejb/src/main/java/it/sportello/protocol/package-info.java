/**
 * The protocol register (protocollo): every event of a practice that carries a document is
 * registered with a number per year, a date, a direction, the documents' SHA-256 digests and the
 * dossier (fascicolo) of its service and year. The register is pluggable: the municipality's own
 * register in this database, or an external one over HTTP.
 */
package it.sportello.protocol;
