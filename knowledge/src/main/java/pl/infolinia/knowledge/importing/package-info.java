/**
 * Reads a knowledge base in the demo import format (a folder or ZIP of taxonomy.yaml,
 * offices.yaml and articles/*.md with YAML front matter), validates all of it, and applies it
 * to an {@link pl.infolinia.knowledge.article.ArticleStore} all-or-nothing. Every problem is
 * reported with file, line and field; nothing here knows about search or storage technology.
 */
package pl.infolinia.knowledge.importing;
