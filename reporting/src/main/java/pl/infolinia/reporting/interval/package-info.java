/**
 * Report intervals (15 minutes, hour, day, week, month) cut in a time zone's local time, so that
 * a day is a Warsaw day and daylight-saving changes give 23- and 25-hour days.
 */
package pl.infolinia.reporting.interval;
