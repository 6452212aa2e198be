/**
 * Artifacts of the background jobs (Jakarta Batch), {@code @Dependent @Named} in a sub-package
 * named for the job ({@code drafts}, {@code reminders}, {@code protocol}, {@code mail}); the job
 * XMLs are in the batch module ({@code META-INF/batch-jobs/}). The artifacts live in the EJB module
 * because in the EAR the batch jar is a library in {@code lib/}, which cannot see the EJB module's
 * boundaries, while the EJB module sees the library's job XMLs. Jobs read and write through the
 * boundaries of the business components; they never reimplement a rule.
 */
package it.sportello.batch;
