/**
 * Background jobs (Jakarta Batch): one job XML per job in {@code META-INF/batch-jobs/}, artifacts
 * {@code @Dependent @Named} in a sub-package named for the job ({@code drafts}, {@code reminders},
 * {@code protocol}, {@code mail}). Jobs read and write through the boundaries of the business
 * components; they never reimplement a rule.
 */
package it.sportello.batch;
