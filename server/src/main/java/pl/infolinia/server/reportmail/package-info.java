/**
 * Reports sent by e-mail: subscriptions (report, scope, interval, format, recipients, schedule)
 * kept per office, managed on a page and in the JSON API, and a scheduler that sends each due
 * period once over SMTP ({@code spring.mail.*}).
 */
package pl.infolinia.server.reportmail;
