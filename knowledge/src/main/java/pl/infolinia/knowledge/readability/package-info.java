/**
 * How plain an article's Polish is: a FOG index adapted to Polish (sentence length and the share
 * of words of four or more syllables) and flags for officialese phrases from an editable list.
 * Works on plain text only; no search engine and no storage here.
 */
package pl.infolinia.knowledge.readability;
