package pl.infolinia.server.user;

/**
 * What is kept of a password: the BCrypt hash for signing in to the web and API, and the SIP digest
 * HA1 for the user's phone. The password itself is never stored.
 */
public record StoredPassword(String bcryptHash, String sipHa1) {
}
