/**
 * The hotline's figures, computed from the contact event store and nothing else: calls offered,
 * answered and abandoned, service level, speed of answer, handle time, transfers, callbacks, IVR
 * exits, consultants' state times and knowledge-base use, per interval and grouping.
 *
 * <p>Plain Java: events arrive through the {@link pl.infolinia.reporting.EventSource} port, which
 * the server implements over its database. No Spring, no JDBC here.
 */
package pl.infolinia.reporting;
