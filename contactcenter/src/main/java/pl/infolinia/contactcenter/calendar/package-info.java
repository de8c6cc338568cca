/**
 * When a hotline or office answers: weekly business hours, Polish public holidays computed for
 * any year (Easter-based ones included) and extra closed days per office, all in Europe/Warsaw.
 * Depends on nothing but {@code java.time}; IVR flows ask it through an hours check.
 */
package pl.infolinia.contactcenter.calendar;
