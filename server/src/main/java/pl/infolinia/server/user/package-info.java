/**
 * Users, their office-scoped roles and what is stored of their passwords (BCrypt for the web, HA1
 * for their SIP phones). Administration pages and the users JSON API.
 */
package pl.infolinia.server.user;
