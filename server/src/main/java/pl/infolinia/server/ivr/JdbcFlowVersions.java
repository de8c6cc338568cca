package pl.infolinia.server.ivr;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every published version of every IVR flow, in the {@code ivr_flow_version} table. */
@Repository
class JdbcFlowVersions {

    private static final String SELECT = "select flow, number, yaml, published_by, published_at, note from ivr_flow_version ";

    private final JdbcClient jdbc;

    JdbcFlowVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All versions of all flows, each flow's oldest first: the order to publish them in at start. */
    List<PublishedFlow> all() {
        return jdbc.sql(SELECT + "order by flow, number").query(JdbcFlowVersions::version).list();
    }

    /** The newest version of each flow, by name. */
    List<PublishedFlow> latest() {
        return jdbc.sql(SELECT + "v where number = (select max(number) from ivr_flow_version w where w.flow = v.flow)"
                + " order by flow").query(JdbcFlowVersions::version).list();
    }

    Optional<PublishedFlow> latest(String name) {
        return jdbc.sql(SELECT + "where flow = ? order by number desc fetch first 1 rows only").param(name)
                .query(JdbcFlowVersions::version).optional();
    }

    /** The versions of one flow, oldest first. */
    List<PublishedFlow> history(String name) {
        return jdbc.sql(SELECT + "where flow = ? order by number").param(name).query(JdbcFlowVersions::version).list();
    }

    Optional<PublishedFlow> find(String name, int version) {
        return jdbc.sql(SELECT + "where flow = ? and number = ?").params(name, version)
                .query(JdbcFlowVersions::version).optional();
    }

    /** Stores the version; the primary key refuses a number taken by a concurrent publisher. */
    void add(PublishedFlow flow) {
        jdbc.sql("insert into ivr_flow_version (flow, number, yaml, published_by, published_at, note)"
                + " values (?, ?, ?, ?, ?, ?)")
                .params(flow.name(), flow.version(), flow.yaml(), flow.publishedBy(),
                        OffsetDateTime.ofInstant(flow.publishedAt(), ZoneOffset.UTC), flow.comment().orElse(null))
                .update();
    }

    private static PublishedFlow version(ResultSet row, int number) throws SQLException {
        return new PublishedFlow(row.getString("flow"), row.getInt("number"), row.getString("yaml"),
                row.getString("published_by"), row.getObject("published_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(row.getString("note")));
    }
}
