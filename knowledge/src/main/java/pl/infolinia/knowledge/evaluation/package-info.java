/**
 * Measures search quality: indexes a knowledge base in a temporary index, asks it a set of
 * questions with known good articles, and reports recall@1, recall@5 and MRR@10. Uses the
 * search package's own API, never Lucene types, so that it measures exactly what the API serves.
 */
package pl.infolinia.knowledge.evaluation;
