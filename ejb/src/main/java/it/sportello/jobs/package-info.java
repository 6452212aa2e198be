/**
 * Running the background jobs (their steps are in the batch module): schedules with one run per
 * slot across a cluster, starts on demand and the executions administrators read and restart.
 */
package it.sportello.jobs;
