package pl.infolinia.contactcenter.transfer;

import java.util.Objects;
import pl.infolinia.contactcenter.OfficeCode;

/**
 * Where calls for an office go when they leave Infolinia, from the offices directory, e.g.
 * {@code sip:infolinia@pbx.zus.pl} or {@code tel:+48224560000}.
 */
public record OfficeDestination(OfficeCode office, String uri) {

    public OfficeDestination {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(uri, "uri");
        if (!uri.startsWith("sip:") && !uri.startsWith("sips:") && !uri.startsWith("tel:")) {
            throw new IllegalArgumentException("an office destination is a sip:, sips: or tel: URI, not '" + uri + "'");
        }
    }
}
