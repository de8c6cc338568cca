/**
 * The hotline's public summary for the Chancellery (KPRM): calls per month, topics and the share
 * answered, without personal data and with small counts suppressed, exported as a self-contained
 * HTML page and a CSV file to be published on a public website. There is deliberately no public
 * URL: every endpoint of the server needs a sign-in, and a file that KPRM checks and publishes
 * keeps it so.
 */
package pl.infolinia.server.publicsummary;
