/**
 * Which calls are recorded: per office all, none, or on the consultant's demand, with an optional
 * mode per queue, and whether consultants may pause a recording.
 *
 * <p>Plain values and one port ({@link pl.infolinia.contactcenter.recordingpolicy.RecordingPolicies})
 * that the server implements from its store; the switchboard asks it when a consultant answers and
 * the IVR's validation asks which queues need the recording notice.
 */
package pl.infolinia.contactcenter.recordingpolicy;
