package pl.infolinia.server.user;

/**
 * What a user may do. Every role but {@link #ADMIN} is scoped to the user's own office;
 * an {@code ADMIN} acts across all offices.
 */
public enum Role {
    AGENT,
    SUPERVISOR,
    KB_EDITOR,
    OFFICE_ADMIN,
    ADMIN;

    /** The authority Spring Security checks, e.g. {@code ROLE_SUPERVISOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
