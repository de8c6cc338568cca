/**
 * The audit log of security-relevant actions (who, what, when, from where), written by
 * {@link pl.infolinia.server.audit.Auditor} and readable by administrators, each for their scope.
 */
package pl.infolinia.server.audit;
