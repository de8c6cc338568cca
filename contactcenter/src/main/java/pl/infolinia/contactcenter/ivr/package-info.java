/**
 * IVR flows: declarative YAML files loaded and validated with problems at their line and field,
 * and an interpreter that walks a caller through a flow in plain blocking code. The caller is the
 * {@link pl.infolinia.contactcenter.ivr.Caller} port, so flows run on a telephony channel in
 * production and on a scripted fake in tests; this package never sees SIP or RTP.
 */
package pl.infolinia.contactcenter.ivr;
