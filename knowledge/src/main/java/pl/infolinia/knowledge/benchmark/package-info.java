/**
 * The search benchmark behind {@code ./infolinia bench kb}: the demo knowledge base grown
 * synthetically to a chosen size, indexed on disk, then queried by one and by several clients.
 * Prints numbers; nothing here asserts a speed.
 */
package pl.infolinia.knowledge.benchmark;
