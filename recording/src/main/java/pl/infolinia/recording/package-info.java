/**
 * The call recording archive: takes finished (and, after a crash, repaired) recordings from the
 * switchboard's spool folder into a storage backend, with their metadata and a SHA-256 hash
 * chain that {@code verify} checks, and supervisors' quality evaluations of recorded calls
 * ({@code quality}). Plain Java: storage, catalogue and chain are ports that the
 * server implements; nothing here knows Spring, JDBC or the telephony engine.
 */
package pl.infolinia.recording;
