/**
 * The call recording archive in the server: wiring of the {@code recording} module (spool,
 * storage, catalogue and chain in JDBC), the archive job, the JSON API and pages to search, play
 * and download recordings with every listen audited, and the consultant's pause/resume.
 */
package pl.infolinia.server.recording;
