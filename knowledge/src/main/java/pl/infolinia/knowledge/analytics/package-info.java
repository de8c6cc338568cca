/**
 * Search analytics: what consultants searched for, how many articles each search found and which
 * article they opened, so that editors can fix the content or the synonyms behind the searches that
 * failed. A port only; storage belongs to the application.
 */
package pl.infolinia.knowledge.analytics;
