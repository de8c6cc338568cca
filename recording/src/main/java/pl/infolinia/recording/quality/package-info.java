/**
 * Quality evaluations of consultants' calls: an office's evaluation forms (weighted criteria,
 * immutable versions), a supervisor's evaluation of one recorded call (a score of 0 to 5 per
 * criterion, comments at moments of the recording, a weighted total in percent), and averages per
 * consultant, queue and office by week or month. Plain Java: storage is the server's.
 */
package pl.infolinia.recording.quality;
