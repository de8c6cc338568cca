/**
 * Live views: contact events as they are stored, pushed to the consultants' desks and the
 * supervisors' wallboards by server-sent events, so that pages refresh within a second.
 */
package pl.infolinia.server.live;
