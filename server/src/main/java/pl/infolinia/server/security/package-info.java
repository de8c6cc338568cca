/**
 * Who may reach what: form login and HTTP Basic, lock-out after failed logins, CSRF, and
 * {@link pl.infolinia.server.security.OfficeAccess}, which scopes every role but ADMIN to one office.
 */
package pl.infolinia.server.security;
