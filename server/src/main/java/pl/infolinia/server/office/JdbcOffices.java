package pl.infolinia.server.office;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Offices in the {@code office} table. */
@Repository
class JdbcOffices implements Offices {

    private final JdbcClient jdbc;

    JdbcOffices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Office> all() {
        return jdbc.sql("select code, name, kind, transfer_to from office order by kind, code")
                .query(JdbcOffices::office).list();
    }

    @Override
    public Optional<Office> find(OfficeCode code) {
        return jdbc.sql("select code, name, kind, transfer_to from office where code = ?")
                .param(code.value()).query(JdbcOffices::office).optional();
    }

    @Override
    public void save(Office office) {
        String transferTo = office.transferTo().map(TransferDestination::uri).orElse(null);
        int updated = jdbc.sql("update office set name = ?, kind = ?, transfer_to = ? where code = ?")
                .params(office.name(), office.kind().name(), transferTo, office.code().value()).update();
        if (updated == 0) {
            jdbc.sql("insert into office (code, name, kind, transfer_to) values (?, ?, ?, ?)")
                    .params(office.code().value(), office.name(), office.kind().name(), transferTo).update();
        }
    }

    @Override
    public boolean isEmpty() {
        return jdbc.sql("select count(*) from office").query(Long.class).single() == 0;
    }

    private static Office office(ResultSet row, int number) throws SQLException {
        String transferTo = row.getString("transfer_to");
        return new Office(new OfficeCode(row.getString("code")), row.getString("name"),
                OfficeKind.valueOf(row.getString("kind")),
                Optional.ofNullable(transferTo).map(TransferDestination::new));
    }
}
