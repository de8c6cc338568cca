/**
 * The demo of {@code start-dev}: the 34 offices and their staff, with one password printed at start-up.
 * Adds only what is missing, so an administrator's changes survive restarts.
 */
package pl.infolinia.server.demo;
