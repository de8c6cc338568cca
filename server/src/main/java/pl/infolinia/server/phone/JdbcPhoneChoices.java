package pl.infolinia.server.phone;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consultants' phone choices in {@code phone_choice}; no row means {@link PhoneChoice#SIP}. */
@Repository
class JdbcPhoneChoices {

    private final JdbcClient jdbc;

    JdbcPhoneChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PhoneChoice of(String username) {
        return jdbc.sql("select phone from phone_choice where username = :username").param("username", username)
                .query(String.class).optional().map(PhoneChoice::valueOf).orElse(PhoneChoice.SIP);
    }

    void choose(String username, PhoneChoice choice) {
        int updated = jdbc.sql("update phone_choice set phone = :phone where username = :username")
                .param("phone", choice.name()).param("username", username).update();
        if (updated == 0) {
            jdbc.sql("insert into phone_choice (username, phone) values (:username, :phone)")
                    .param("username", username).param("phone", choice.name()).update();
        }
    }
}
