/**
 * The command line and the Spring Boot application: {@code start-dev} and {@code start}, the clock, the
 * summary printed at start-up. The only place that decides how the server is started.
 */
package pl.infolinia.server.app;
