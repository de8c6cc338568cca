/**
 * IVR flows as administrators edit them: every published version stored, checked by the contact
 * centre's flow loader before it is stored, and handed to the one {@code FlowLibrary} the calls
 * read, so that a new version is in force for the next call without a restart. The flow format
 * itself belongs to {@code pl.infolinia.contactcenter.ivr}; this package only stores and serves it.
 */
package pl.infolinia.server.ivr;
