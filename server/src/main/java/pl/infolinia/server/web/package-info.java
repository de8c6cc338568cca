/**
 * What every page shares: language (Polish by default, English on request), the layout's signed-in
 * user, the 404 answer.
 */
package pl.infolinia.server.web;
