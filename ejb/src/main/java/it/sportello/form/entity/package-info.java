/**
 * The published, immutable versions of each service's form, and the values the files a form or a
 * practice holds are made of: their type ({@link it.sportello.form.entity.FileType}, told from the
 * content by {@link it.sportello.form.entity.FileTypes}) and their cleaned name
 * ({@link it.sportello.form.entity.FileName}).
 */
package it.sportello.form.entity;
