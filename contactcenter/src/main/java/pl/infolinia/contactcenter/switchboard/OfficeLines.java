package pl.infolinia.contactcenter.switchboard;

import pl.infolinia.contactcenter.OfficeCode;

/**
 * The offices whose own lines calls can be sent to: those with a transfer destination in the
 * offices directory. The telephony engine dials an office by its code.
 */
@FunctionalInterface
public interface OfficeLines {

    boolean has(OfficeCode office);
}
