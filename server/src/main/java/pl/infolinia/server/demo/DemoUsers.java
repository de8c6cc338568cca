package pl.infolinia.server.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import pl.infolinia.server.office.Office;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.user.Role;
import pl.infolinia.server.user.User;
import pl.infolinia.server.user.Username;

/**
 * The demo's people: {@code admin} over all offices, and in every office an office administrator,
 * a supervisor, a knowledge-base editor and consultants.
 *
 * <p>The Chancellery (KPRM) runs the hotline's front line, so its users have short names
 * ({@code agent1}…{@code agent4}, {@code supervisor}); other offices prefix theirs
 * ({@code mc.agent1}, {@code mc.supervisor}). Agents' SIP accounts use the same names.
 */
final class DemoUsers {

    static final OfficeCode FRONT_OFFICE = new OfficeCode("KPRM");
    static final int FRONT_OFFICE_AGENTS = 4;
    static final int OTHER_OFFICE_AGENTS = 2;

    private DemoUsers() {
    }

    static List<User> forOffices(List<Office> offices) {
        List<User> users = new ArrayList<>();
        users.add(user("admin", "Administrator", Optional.empty(), Role.ADMIN));
        for (Office office : offices) {
            users.addAll(staffOf(office.code()));
        }
        return users;
    }

    static String prefix(OfficeCode office) {
        return office.equals(FRONT_OFFICE) ? "" : office.value().toLowerCase(Locale.ROOT) + ".";
    }

    private static List<User> staffOf(OfficeCode office) {
        String prefix = prefix(office);
        Optional<OfficeCode> in = Optional.of(office);
        List<User> staff = new ArrayList<>();
        staff.add(user(prefix + "officeadmin", "Administrator urzędu " + office, in, Role.OFFICE_ADMIN));
        staff.add(user(prefix + "supervisor", "Kierownik zmiany " + office, in, Role.SUPERVISOR));
        staff.add(user(prefix + "kbeditor", "Redaktor bazy wiedzy " + office, in, Role.KB_EDITOR));
        int agents = office.equals(FRONT_OFFICE) ? FRONT_OFFICE_AGENTS : OTHER_OFFICE_AGENTS;
        for (int number = 1; number <= agents; number++) {
            staff.add(user(prefix + "agent" + number, "Konsultant " + number + " " + office, in, Role.AGENT));
        }
        return staff;
    }

    private static User user(String name, String displayName, Optional<OfficeCode> office, Role role) {
        return new User(new Username(name), displayName, office, Set.of(role), true, 0, Optional.empty(), true);
    }
}
