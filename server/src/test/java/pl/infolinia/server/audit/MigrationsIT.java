package pl.infolinia.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.support.InfoliniaTest;
import pl.infolinia.server.support.TestIsolation;

/** Every migration applies on the database under test (H2, or PostgreSQL in the second pass). */
@InfoliniaTest
class MigrationsIT {

    @Autowired
    Flyway flyway;

    @Autowired
    DataSource dataSource;

    @Autowired
    AuditLog audit;

    @Test
    void appliesEveryMigrationOnTheDatabaseUnderTest() throws SQLException {
        assertThat(flyway.info().all()).isNotEmpty()
                .allSatisfy(migration -> assertThat(migration.getState()).isEqualTo(MigrationState.SUCCESS));
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName())
                    .isEqualTo(TestIsolation.isPostgres() ? "PostgreSQL" : "H2");
        }
    }

    @Test
    void keepsTimestampsAndTextExactlyThroughTheDatabase() {
        Instant at = Instant.parse("2026-03-29T01:30:00.123456Z");
        String details = "Zażółć gęślą jaźń <script>alert(1)</script>";
        audit.append(new AuditEntry(at, "migration-test", AuditAction.USER_CHANGED, "x", Optional.of(new OfficeCode("KPRM")),
                "::1", details));

        assertThat(audit.recent(Optional.of(new OfficeCode("KPRM")), 500))
                .filteredOn(entry -> entry.actor().equals("migration-test")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.at()).isEqualTo(at.truncatedTo(ChronoUnit.MICROS));
                    assertThat(entry.details()).isEqualTo(details);
                    assertThat(entry.remoteAddress()).isEqualTo("::1");
                });
    }
}
