/**
 * What the figures mean: contacts folded into queue visits, visits tallied per interval and
 * group, consultants' state timelines. Every definition lives here and is tested here; callers only
 * choose the period, the interval and the grouping.
 */
package pl.infolinia.reporting.metric;
