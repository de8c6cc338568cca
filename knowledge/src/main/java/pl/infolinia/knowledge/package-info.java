/**
 * The knowledge base of public services: {@link pl.infolinia.knowledge.KnowledgeBase} ties the
 * article store, the Polish search index, imports and readability together for the server.
 * Plain Java without Spring; Lucene stays inside {@code search} and {@code analysis}.
 */
package pl.infolinia.knowledge;
