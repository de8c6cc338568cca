/**
 * Polish text analysis for the knowledge base: a Lucene analyzer built as a chain of one-job
 * filters (lemmas, diacritics, stems for unknown words, editors' synonyms). Lucene and
 * Morfologik types may live here and in {@code search}, nowhere else in the module.
 */
package pl.infolinia.knowledge.analysis;
