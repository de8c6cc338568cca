/**
 * Consultants as routing sees them: skills with levels, and two separate states, the
 * {@link pl.infolinia.contactcenter.agent.AgentPresence} they chose and the
 * {@link pl.infolinia.contactcenter.agent.AgentActivity} the system has them in. Values only; the
 * ACD in {@code queue} changes them. Depends on nothing else in the module.
 */
package pl.infolinia.contactcenter.agent;
