/**
 * Routing strategies, {@code sealed} so that every choice is a {@code switch}: longest idle,
 * skills-based with levels, round-robin and ring-all, and the picker that applies them to the
 * free agents of a queue. Pure decisions over values; the ACD in {@code queue} acts on them.
 */
package pl.infolinia.contactcenter.routing;
