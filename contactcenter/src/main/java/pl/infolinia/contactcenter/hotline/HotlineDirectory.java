package pl.infolinia.contactcenter.hotline;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The hotline numbers this node answers, looked up by the number a call was made to. */
public final class HotlineDirectory {

    private final Map<String, Hotline> byNumber = new LinkedHashMap<>();

    public HotlineDirectory(Collection<Hotline> hotlines) {
        for (Hotline hotline : hotlines) {
            if (byNumber.putIfAbsent(hotline.number(), hotline) != null) {
                throw new IllegalArgumentException("hotline number " + hotline.number() + " is bound twice");
            }
        }
    }

    /** The hotline for the called number (the SIP Request-URI's user part); empty if we do not answer it. */
    public Optional<Hotline> find(String calledNumber) {
        return Optional.ofNullable(byNumber.get(calledNumber));
    }

    public List<Hotline> all() {
        return List.copyOf(byNumber.values());
    }
}
