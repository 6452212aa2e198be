/** The published, immutable versions of each service's form. */
package it.sportello.form.entity;
