/**
 * Callbacks: a caller who would rather not wait leaves a number and keeps their place in the
 * queue; when their turn comes an agent is reserved and the citizen dialled, with retries by a
 * {@link pl.infolinia.contactcenter.callback.CallbackPolicy} and every outcome recorded. Builds on
 * the ACD in {@code queue}; the dial-out itself is the telephony side's job.
 */
package pl.infolinia.contactcenter.callback;
