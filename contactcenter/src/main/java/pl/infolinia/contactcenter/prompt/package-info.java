/**
 * The telephone prompts Infolinia ships: their names, the Polish text each one says, and the WAV
 * files (generated stand-ins, replaceable by recordings) installed into the folder the telephony
 * engine plays prompts from. Reads only its own classpath resources; depends on no other feature
 * package, so the IVR, the queues and the callbacks can all name their prompts here.
 */
package pl.infolinia.contactcenter.prompt;
