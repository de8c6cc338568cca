package pl.infolinia.server.recording;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import pl.infolinia.recording.integrity.ChainEntry;
import pl.infolinia.recording.integrity.HashChain;

/**
 * The integrity chain in the {@code recording_chain} table. One archive job appends at a time
 * (the archiver is synchronised); the sequence's primary key refuses a second writer's link.
 */
class JdbcHashChain implements HashChain {

    private final JdbcClient jdbc;

    JdbcHashChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public synchronized ChainEntry append(String recordingId, String sha256) {
        List<ChainEntry> existing = jdbc.sql("select * from recording_chain where recording_id = ?").param(recordingId)
                .query(JdbcHashChain::row).list();
        if (!existing.isEmpty()) {
            return existing.getFirst();
        }
        ChainEntry last = jdbc.sql("select * from recording_chain order by sequence desc limit 1")
                .query(JdbcHashChain::row).optional().orElse(null);
        ChainEntry entry = ChainEntry.link(last == null ? 1 : last.sequence() + 1, recordingId, sha256,
                last == null ? ChainEntry.GENESIS : last.hash());
        jdbc.sql("insert into recording_chain (sequence, recording_id, sha256, previous_hash, hash) values (?, ?, ?, ?, ?)")
                .params(entry.sequence(), entry.recordingId(), entry.sha256(), entry.previousHash(), entry.hash())
                .update();
        return entry;
    }

    @Override
    public List<ChainEntry> entries() {
        return jdbc.sql("select * from recording_chain order by sequence").query(JdbcHashChain::row).list();
    }

    private static ChainEntry row(java.sql.ResultSet rs, int number) throws java.sql.SQLException {
        return new ChainEntry(rs.getLong("sequence"), rs.getString("recording_id"), rs.getString("sha256"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }
}
