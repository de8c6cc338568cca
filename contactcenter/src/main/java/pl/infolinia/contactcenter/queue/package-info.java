/**
 * Queues per topic and office and the ACD that serves them: agents' presence and activity,
 * offering calls by the queue's routing strategy, no-answer re-offers, wrap-up, maximum wait with
 * overflow, callbacks that keep their place, and position and wait estimates. No threads and no
 * telephony: the ACD returns commands, takes time from a Clock, and appends contact events first.
 */
package pl.infolinia.contactcenter.queue;
