package pl.infolinia.knowledge.search;

/**
 * How many hits share one value of a facet.
 *
 * @param value the section name or office code
 * @param count number of matching articles with it
 */
public record FacetCount(String value, int count) {
}
