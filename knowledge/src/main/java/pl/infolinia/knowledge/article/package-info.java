/**
 * Articles of the knowledge base: one public service each, with its body sections, status and
 * version history, kept behind the {@link pl.infolinia.knowledge.article.ArticleStore} port.
 * Plain Java: no search engine, no database and no framework types belong here.
 */
package pl.infolinia.knowledge.article;
