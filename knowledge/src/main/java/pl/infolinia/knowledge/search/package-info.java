/**
 * Full-text search over the knowledge base with Lucene: field boosts, typo tolerance, phrases
 * and prefixes, facets, highlighted snippets, as-you-type suggestions and "did you mean", kept
 * current with near-real-time readers. Lucene types stay inside this package and
 * {@code analysis}; the public API speaks in articles, requests and results.
 */
package pl.infolinia.knowledge.search;
