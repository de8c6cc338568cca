/**
 * Offices, the tenants of the platform: the Chancellery, the ministries and the voivodeship offices,
 * each with the SIP address that calls are transferred to. Pages and JSON API for them.
 */
package pl.infolinia.server.office;
