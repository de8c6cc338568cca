package pl.infolinia.knowledge.analytics;

import java.time.Instant;

/**
 * How often one query was searched in a period.
 *
 * @param query    the query, normalised
 * @param searches how many times it was searched
 * @param results  how many articles its last search found
 * @param last     when it was searched last
 */
public record QueryStat(String query, long searches, long results, Instant last) {
}
