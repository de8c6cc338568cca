package pl.infolinia.recording.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import pl.infolinia.recording.integrity.HashChain;
import pl.infolinia.recording.spool.Spool;
import pl.infolinia.recording.spool.SpooledRecording;
import pl.infolinia.recording.spool.UnrepairableRecording;
import pl.infolinia.recording.spool.WavRepair;
import pl.infolinia.recording.storage.RecordingStore;

/**
 * Moves recordings from the spool into the archive: repairs one left by a crash, hashes it,
 * stores it, links its hash into the chain, catalogues it and only then removes it from the
 * spool, so a crash at any step leaves it in the spool to be taken again. A file that is no WAV
 * at all (the process died before its header) is renamed {@code .unrepairable} and reported.
 */
public final class Archiver {

    private static final System.Logger LOG = System.getLogger(Archiver.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    private final Spool spool;
    private final RecordingStore store;
    private final RecordingCatalog catalog;
    private final HashChain chain;
    private final CallFactsSource facts;

    public Archiver(Spool spool, RecordingStore store, RecordingCatalog catalog, HashChain chain,
            CallFactsSource facts) {
        this.spool = spool;
        this.store = store;
        this.catalog = catalog;
        this.chain = chain;
        this.facts = facts;
    }

    /** Archives every recording ready in the spool; returns those archived now. */
    public synchronized List<ArchivedRecording> archiveReady() throws IOException {
        List<ArchivedRecording> archived = new ArrayList<>();
        for (SpooledRecording recording : spool.ready()) {
            Optional<ArchivedRecording> known = catalog.find(recording.id());
            if (known.isPresent()) {
                recording.remove(); // catalogued before a crash, not yet removed
                continue;
            }
            try {
                archived.add(archive(recording));
            } catch (UnrepairableRecording e) {
                // kept for a person to look at, out of the way of the recordings after it
                Files.move(recording.file(), recording.file().resolveSibling(recording.file().getFileName()
                        + ".unrepairable"));
                LOG.log(System.Logger.Level.WARNING, e.getMessage() + "; left as " + recording.file() + ".unrepairable");
            }
        }
        return archived;
    }

    private ArchivedRecording archive(SpooledRecording recording) throws IOException {
        Path file = recording.file();
        Duration duration = WavRepair.repair(file); // a no-op for a finished file, the header's fix after a crash
        String sha256 = sha256(file);
        String key = DAY.format(recording.started()) + "/" + recording.id() + ".wav";
        store.put(key, file);
        CallFacts call = facts.factsOf(recording.contact());
        if (call.office().isEmpty() && recording.office().isPresent()) {
            call = new CallFacts(recording.office(), call.queue(), call.consultant(), call.callerNumber(),
                    call.topic(), call.outcome());
        }
        ArchivedRecording entry = new ArchivedRecording(recording.id(), recording.contact(), recording.started(),
                duration, call, recording.pauses(), !recording.finished(), key, sha256);
        chain.append(entry.id(), sha256);
        catalog.add(entry);
        recording.remove();
        return entry;
    }

    /** The SHA-256 of a file, as lowercase hex. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The SHA-256 of bytes, as lowercase hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
