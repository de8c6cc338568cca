/**
 * Hotlines: the numbers citizens dial, each bound to an IVR flow, and the library of published
 * flow versions that lets admins change a flow for new calls without a restart. Builds on
 * {@code ivr}; knows nothing of how a call arrives.
 */
package pl.infolinia.contactcenter.hotline;
