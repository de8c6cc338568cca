/**
 * Announcements to waiting callers in correct Polish: their place in the queue ("jesteś trzeci w
 * kolejce") and the estimated wait ("około 1 minuty", "około 22 minut"), each as text, as spoken
 * words and as a sequence of prompt names to concatenate. Pure functions over numbers; no I/O.
 */
package pl.infolinia.contactcenter.announcement;
