package pl.infolinia.server.ivr;

import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import pl.infolinia.contactcenter.hotline.DemoHotline;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.security.OfficeAccess;
import pl.infolinia.server.security.SignedInUser;

/**
 * Who may edit which flow: ADMIN every flow, an office administrator the flows of their office's
 * hotline. The layout asks {@link #mayEditAny} to show the menu entry.
 */
@Component("ivrAccess")
public class IvrAccess {

    // the Chancellery runs the hotline's front line; a flow of no known hotline is for ADMIN alone
    private static final Map<String, OfficeCode> HOTLINE_OFFICES = Map.of(DemoHotline.NUMBER, new OfficeCode("KPRM"));

    private final OfficeAccess offices;

    IvrAccess(OfficeAccess offices) {
        this.offices = offices;
    }

    /** The office whose hotline the flow serves. */
    Optional<OfficeCode> officeOf(String flow) {
        return Optional.ofNullable(HOTLINE_OFFICES.get(flow));
    }

    public boolean mayEdit(SignedInUser user, String flow) {
        return user.isAdmin() || officeOf(flow).filter(office -> offices.canManage(user, office)).isPresent();
    }

    public boolean mayEditAny(SignedInUser user) {
        return user != null && (user.isAdmin() || HOTLINE_OFFICES.keySet().stream().anyMatch(flow -> mayEdit(user, flow)));
    }

    void requireEdit(SignedInUser user, String flow) {
        if (!mayEdit(user, flow)) {
            throw new AccessDeniedException(user.getUsername() + " may not edit IVR flow " + flow);
        }
    }

    void requireEditAny(SignedInUser user) {
        if (!mayEditAny(user)) {
            throw new AccessDeniedException(user.getUsername() + " edits no IVR flow");
        }
    }
}
