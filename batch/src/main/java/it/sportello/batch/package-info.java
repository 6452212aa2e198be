/**
 * The background jobs (Jakarta Batch): their job XMLs ({@code META-INF/batch-jobs/}), their
 * artifacts, {@code @Dependent @Named} in a sub-package named for the job ({@code drafts},
 * {@code reminders}, {@code protocol}, {@code mail}), and their schedule ({@link JobSchedules}).
 * Jobs read and write through the boundaries of the business components; they never reimplement
 * a rule. This module sees the business module: in the single WAR both are libraries of the web
 * module; in the EAR both are EJB modules of one application, which see each other's classes (a
 * library in {@code lib/} would not see the EJB module's boundaries).
 */
package it.sportello.batch;
