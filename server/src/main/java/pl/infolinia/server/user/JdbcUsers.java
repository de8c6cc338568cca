package pl.infolinia.server.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import pl.infolinia.server.office.OfficeCode;

/** Users in the {@code app_user} and {@code user_role} tables. */
@Repository
class JdbcUsers implements Users {

    private static final String SELECT = "select username, display_name, office_code, enabled, failed_logins,"
            + " locked_until, demo from app_user ";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    JdbcUsers(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public Optional<User> find(Username username) {
        return select("where app_user.username = ?", username.value()).stream().findFirst();
    }

    @Override
    public Optional<String> passwordHash(Username username) {
        return jdbc.sql("select password_hash from app_user where username = ?").param(username.value())
                .query(String.class).optional();
    }

    @Override
    public Optional<String> sipHa1(Username username) {
        return jdbc.sql("select sip_ha1 from app_user where username = ? and sip_ha1 is not null")
                .param(username.value()).query(String.class).optional();
    }

    @Override
    public List<User> all() {
        return select("order by app_user.office_code, app_user.username");
    }

    @Override
    public List<User> inOffice(OfficeCode office) {
        return select("where app_user.office_code = ? order by app_user.username", office.value());
    }

    @Override
    public void create(User user, StoredPassword password) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("insert into app_user (username, display_name, password_hash, sip_ha1, office_code, enabled,"
                    + " failed_logins, demo) values (?, ?, ?, ?, ?, ?, 0, ?)")
                    .params(user.username().value(), user.displayName(), password.bcryptHash(), password.sipHa1(),
                            user.office().map(OfficeCode::value).orElse(null), user.enabled(), user.demo())
                    .update();
            insertRoles(user);
        });
    }

    @Override
    public void update(User user) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("update app_user set display_name = ?, office_code = ?, enabled = ? where username = ?")
                    .params(user.displayName(), user.office().map(OfficeCode::value).orElse(null), user.enabled(),
                            user.username().value())
                    .update();
            jdbc.sql("delete from user_role where username = ?").param(user.username().value()).update();
            insertRoles(user);
        });
    }

    @Override
    public void changePassword(Username username, StoredPassword password) {
        jdbc.sql("update app_user set password_hash = ?, sip_ha1 = ? where username = ?")
                .params(password.bcryptHash(), password.sipHa1(), username.value()).update();
    }

    @Override
    public Optional<User> recordFailedLogin(Username username, int maxFailures, Instant lockUntil) {
        return transaction.execute(status -> {
            // one statement, so that two concurrent failures both count
            jdbc.sql("update app_user set failed_logins = failed_logins + 1 where username = ?")
                    .param(username.value()).update();
            jdbc.sql("update app_user set locked_until = ?, failed_logins = 0 where username = ? and failed_logins >= ?")
                    .params(OffsetDateTime.ofInstant(lockUntil, ZoneOffset.UTC), username.value(), maxFailures)
                    .update();
            return find(username);
        });
    }

    @Override
    public void clearFailedLogins(Username username) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where username = ?")
                .param(username.value()).update();
    }

    @Override
    public boolean isEmpty() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single() == 0;
    }

    private void insertRoles(User user) {
        for (Role role : user.roles()) {
            jdbc.sql("insert into user_role (username, role) values (?, ?)")
                    .params(user.username().value(), role.name()).update();
        }
    }

    /** Users matching {@code where} (on app_user), with their roles read by the same condition;
     * columns in {@code where} are qualified, since it also filters the join with {@code user_role}. */
    private List<User> select(String where, Object... params) {
        List<User> users = jdbc.sql(SELECT + where).params(params).query(this::row).list();
        if (users.isEmpty()) {
            return users;
        }
        Map<String, Set<Role>> roles = new HashMap<>();
        jdbc.sql("select r.username, r.role from user_role r join app_user on app_user.username = r.username "
                + where)
                .params(params)
                .query((ResultSet row) -> {
                    roles.computeIfAbsent(row.getString("username"), name -> EnumSet.noneOf(Role.class))
                            .add(Role.valueOf(row.getString("role")));
                });
        return users.stream().map(user -> new User(user.username(), user.displayName(), user.office(),
                roles.getOrDefault(user.username().value(), Set.of()), user.enabled(), user.failedLogins(),
                user.lockedUntil(), user.demo())).toList();
    }

    private User row(ResultSet row, int number) throws SQLException {
        String office = row.getString("office_code");
        OffsetDateTime locked = row.getObject("locked_until", OffsetDateTime.class);
        return new User(new Username(row.getString("username")), row.getString("display_name"),
                Optional.ofNullable(office).map(OfficeCode::new), Set.of(), row.getBoolean("enabled"),
                row.getInt("failed_logins"), Optional.ofNullable(locked).map(OffsetDateTime::toInstant),
                row.getBoolean("demo"));
    }
}
