/**
 * {@code start-dev --demo-traffic}: simulated citizens call the demo hotline through a second SIP
 * engine on loopback, choose a topic and wait or talk, and simulated consultants' phones answer,
 * so that live views and reports have calls to show. Everything goes through the real SIP stack.
 */
package pl.infolinia.server.demotraffic;
