/**
 * The tree that orders the knowledge base: sections (działy), their categories and service
 * groups, and the offices that answer for articles. Plain values with no storage or search
 * behind them; importing and the article model refer to these names.
 */
package pl.infolinia.knowledge.taxonomy;
