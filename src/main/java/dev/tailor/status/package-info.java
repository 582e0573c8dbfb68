/**
 * The morning read: the run history and the last run's changes, read straight from the database with plain JDBC,
 * without starting Spring or the job (see {@code tailor status}).
 */
package dev.tailor.status;
