package pl.infolinia.server.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.infolinia.server.app.StartupNote;
import pl.infolinia.server.office.Office;
import pl.infolinia.server.office.Offices;
import pl.infolinia.server.user.PasswordHasher;
import pl.infolinia.server.user.User;
import pl.infolinia.server.switchboard.JdbcAgentSkills;
import pl.infolinia.server.user.Username;
import pl.infolinia.server.user.Users;

/**
 * Loads the demo offices and users when {@code infolinia.demo} is on (start-dev's default), and
 * says how to sign in. What an administrator changed is kept: only missing offices and users are added.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "infolinia.demo", havingValue = "true")
class DemoSeeder implements ApplicationRunner, StartupNote {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final Offices offices;
    private final Users users;
    private final PasswordEncoder passwords;
    private final PasswordHasher hasher;
    private final TransactionTemplate transaction;
    private final JdbcAgentSkills skills;
    private final String password;
    private final boolean passwordConfigured;

    DemoSeeder(Offices offices, Users users, PasswordEncoder passwords, PasswordHasher hasher,
            TransactionTemplate transaction, JdbcAgentSkills skills,
            @Value("${infolinia.demo.password:}") String configuredPassword,
            @Value("${infolinia.data.dir:./data}") String dataDir) {
        this.offices = offices;
        this.users = users;
        this.passwords = passwords;
        this.hasher = hasher;
        this.transaction = transaction;
        this.skills = skills;
        this.passwordConfigured = !configuredPassword.isEmpty();
        this.password = DemoPassword.resolve(Optional.of(configuredPassword), Path.of(dataDir));
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<Office> demoOffices = DemoOffices.load();
        transaction.executeWithoutResult(status -> {
            demoOffices.stream().filter(office -> offices.find(office.code()).isEmpty()).forEach(offices::save);
            // one hash for all demo users: BCrypt per user would add seconds to every first start
            String hash = hasher.bcrypt(password);
            DemoUsers.forOffices(demoOffices).stream().filter(user -> users.find(user.username()).isEmpty())
                    .forEach(user -> users.create(user, hasher.withBcrypt(user.username(), password, hash)));
            DemoSkills.frontLine().forEach((agent, agentSkills) -> {
                if (skills.of(agent).isEmpty()) {
                    skills.replace(agent, agentSkills);
                }
            });
        });
        warnIfPasswordChanged();
    }

    private void warnIfPasswordChanged() {
        users.passwordHash(new Username("admin")).filter(hash -> !passwords.matches(password, hash))
                .ifPresent(hash -> log.warn("The demo users keep the password of their first start (or one an"
                        + " administrator set); delete the data folder to start the demo afresh."));
    }

    @Override
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Demo users, all with the password " + password + (passwordConfigured
                ? " (from INFOLINIA_DEMO_PASSWORD)" : " (generated; kept in the data folder as "
                        + DemoPassword.FILE_NAME + ")") + ":");
        lines.add("  admin                                   administrator of all offices");
        lines.add("  officeadmin, supervisor, kbeditor       Kancelaria Prezesa Rady Ministrów (KPRM)");
        lines.add("  agent1, agent2, agent3, agent4          consultants of KPRM (also their SIP accounts)");
        lines.add("  <code>.officeadmin, <code>.supervisor, <code>.kbeditor, <code>.agent1, <code>.agent2");
        lines.add("                                          in every other office, e.g. mc.supervisor, mswia.agent1");
        return lines;
    }
}
