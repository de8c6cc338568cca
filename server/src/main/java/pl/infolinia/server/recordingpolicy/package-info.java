/**
 * Offices' recording policies: stored per office and queue, read by the switchboard at every
 * answer and by the IVR flows' validation (which queues need the recording notice), changed by the
 * office's administrators through {@code /api/offices/{code}/recording-policy} and its page.
 */
package pl.infolinia.server.recordingpolicy;
