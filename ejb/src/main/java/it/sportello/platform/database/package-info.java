/**
 * The application's datasource and its schema migrations, run once at start before any
 * component touches the database.
 */
package it.sportello.platform.database;
