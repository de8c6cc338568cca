/**
 * Quality management of consultants' calls: the offices' evaluation forms and the supervisors'
 * evaluations in the database, the scoring panel beside a recording's player, consultants' own
 * evaluations, averages over time, and the same as JSON under {@code /api/quality}. The rules live
 * in {@code pl.infolinia.recording.quality}; this package stores, scopes to offices and shows.
 */
package pl.infolinia.server.quality;
