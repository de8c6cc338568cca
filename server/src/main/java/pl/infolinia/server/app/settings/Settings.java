package pl.infolinia.server.app.settings;

import java.util.List;

/**
 * Every setting Infolinia reads, declared once.
 *
 * <p>{@code --help}, the README's configuration table and {@code docs/configuration.md} are made
 * from this list. A start-dev default may name {@code {data.dir}}, which stands for the resolved
 * data folder.
 */
public final class Settings {

    public static final Setting HTTP_HOST = new Setting("infolinia.http.host", SettingType.TEXT,
            "0.0.0.0", "0.0.0.0", false, false, "Address the web server listens on.");
    public static final Setting HTTP_PORT = new Setting("infolinia.http.port", SettingType.PORT,
            "8080", "8080", false, false, "Port of the web UI and the JSON API.");
    public static final Setting SIP_ADDRESS = new Setting("infolinia.sip.address", SettingType.TEXT,
            "127.0.0.1", "127.0.0.1", false, false,
            "IP address that SIP and RTP listen on and announce to phones; set the server's LAN address for desk phones.");
    public static final Setting SIP_PORT = new Setting("infolinia.sip.port", SettingType.PORT,
            "5060", "5060", false, false, "SIP port (UDP and TCP) for phones and trunks.");
    public static final Setting SIP_PUBLIC_ADDRESS = new Setting("infolinia.sip.public.address", SettingType.TEXT,
            null, null, false, false,
            "Address phones and trunks reach Infolinia at when it is not --sip-address (behind NAT or a port forward);"
                    + " put in SDP and Contact. Forward the SIP port and the RTP range to the server.");
    public static final Setting SIP_TLS_PORT = new Setting("infolinia.sip.tls.port", SettingType.PORT,
            null, null, false, false, "Port for SIP over TLS, usually 5061; unset: no TLS. Needs --sip-tls-keystore.");
    public static final Setting SIP_TLS_KEYSTORE = new Setting("infolinia.sip.tls.keystore", SettingType.PATH,
            null, null, false, false,
            "Key store with the server's certificate and private key for SIP over TLS: PKCS#12 (.p12) or Java (.jks).");
    public static final Setting SIP_TLS_KEYSTORE_PASSWORD = new Setting("infolinia.sip.tls.keystore.password",
            SettingType.TEXT, null, null, false, true, "Password of the TLS key store and its key.");
    public static final Setting SIP_TRUNK = new Setting("infolinia.sip.trunk", SettingType.TEXT,
            null, null, false, false,
            "The carrier's trunk: where numbers are dialled out (callbacks to citizens), a SIP URI with {number},"
                    + " e.g. sip:{number}@203.0.113.5:5060. Unset: no number outside the offices can be called.");
    public static final Setting SIP_TRUNK_ADDRESSES = new Setting("infolinia.sip.trunk.addresses", SettingType.TEXT,
            null, null, false, false,
            "IP addresses or CIDR blocks the trunk's calls come from, comma-separated, e.g. 203.0.113.5, 198.51.100.0/28.");
    public static final Setting SIP_TRUNK_USER = new Setting("infolinia.sip.trunk.user", SettingType.TEXT,
            null, null, false, false,
            "Digest user name of the trunk: its calls in must authenticate with it, and our calls out answer its challenge with it.");
    public static final Setting SIP_TRUNK_PASSWORD = new Setting("infolinia.sip.trunk.password", SettingType.TEXT,
            null, null, false, true, "Digest password of the trunk's user.");
    public static final Setting SIP_TRUNK_INBOUND = new Setting("infolinia.sip.trunk.inbound", SettingType.TEXT,
            null, null, false, false,
            "Numbers the trunk may call here, comma-separated: exact (222500115), prefixes (22250*) or * for any;"
                    + " other numbers get 404.");
    public static final Setting SIP_TRUNK_OUTBOUND = new Setting("infolinia.sip.trunk.outbound", SettingType.TEXT,
            "*", "*", false, false,
            "Numbers that may be dialled out through the trunk, in the same form, e.g. +48*, 0*.");
    public static final Setting SIP_DIRECT_NUMBERS = new Setting("infolinia.sip.direct.numbers", SettingType.TEXT,
            "infolinia", "infolinia", false, false,
            "Numbers any SIP peer may call without being the trunk (the hotline's SIP name); calls from elsewhere to"
                    + " any other number get 403, so the trunk's numbers cannot be reached around it.");
    public static final Setting HOTLINE_HOURS = new Setting("infolinia.hotline.hours", SettingType.TEXT,
            "always", "mon-fri 08:00-20:00", false, false,
            "When the hotline takes calls (outside them callers hear the closed message): always, or e.g."
                    + " mon-fri 08:00-20:00, sat 09:00-14:00 closed 2026-12-24 (never on Polish public holidays).");
    public static final Setting RTP_PORT_MIN = new Setting("infolinia.rtp.port.min", SettingType.PORT,
            "10000", "10000", false, false, "Lowest UDP port for call audio (RTP).");
    public static final Setting RTP_PORT_MAX = new Setting("infolinia.rtp.port.max", SettingType.PORT,
            "20000", "20000", false, false, "Highest UDP port for call audio (RTP).");
    public static final Setting DATA_DIR = new Setting("infolinia.data.dir", SettingType.PATH,
            "./data", "./data", false, false,
            "Folder for files the server keeps: the start-dev database, recordings, the search index.");
    public static final Setting KB_INDEX_DIR = new Setting("infolinia.kb.index.dir", SettingType.PATH,
            "{data.dir}/kb-index", "{data.dir}/kb-index", false, false,
            "Folder of the knowledge base's search index; rebuilt from the database when missing or stale.");
    public static final Setting DB_URL = new Setting("infolinia.db.url", SettingType.JDBC_URL,
            "jdbc:h2:file:{data.dir}/db/infolinia", null, true, false,
            "JDBC URL of the database; start needs PostgreSQL (jdbc:postgresql://host:5432/name).");
    public static final Setting DB_USER = new Setting("infolinia.db.user", SettingType.TEXT,
            "sa", null, true, false, "Database user.");
    public static final Setting DB_PASSWORD = new Setting("infolinia.db.password", SettingType.TEXT,
            "", null, true, true, "Database password.");
    public static final Setting DEMO = new Setting("infolinia.demo", SettingType.BOOLEAN,
            "true", "false", false, false,
            "Load the demo: the 34 offices and demo users (on by default only in start-dev).");
    public static final Setting DEMO_TRAFFIC = new Setting("infolinia.demo.traffic", SettingType.BOOLEAN,
            "false", "false", false, false,
            "start-dev: simulated citizens call the demo hotline through SIP and simulated consultants answer,"
                    + " so that live views and reports have calls to show.");
    public static final Setting DEMO_PASSWORD = new Setting("infolinia.demo.password", SettingType.TEXT,
            null, null, false, true,
            "Password of the demo users; when unset, one is generated at first start and printed.");
    public static final Setting BOOTSTRAP_ADMIN_USER = new Setting("infolinia.bootstrap.admin.user", SettingType.TEXT,
            null, null, false, false,
            "Name of an administrator created at start when no user exists yet.");
    public static final Setting BOOTSTRAP_ADMIN_PASSWORD = new Setting("infolinia.bootstrap.admin.password",
            SettingType.TEXT, null, null, false, true, "Password of that first administrator.");
    public static final Setting LOGIN_MAX_FAILURES = new Setting("infolinia.login.max.failures",
            SettingType.POSITIVE_NUMBER, "5", "5", false, false,
            "Failed logins in a row after which an account is locked.");
    public static final Setting LOGIN_LOCK_MINUTES = new Setting("infolinia.login.lock.minutes",
            SettingType.POSITIVE_NUMBER, "15", "15", false, false, "How long a locked account stays locked.");

    public static final Setting RECORDINGS_DIR = new Setting("infolinia.recordings.dir", SettingType.PATH,
            "{data.dir}/archive", "{data.dir}/archive", false, false,
            "Folder of the call recording archive when it keeps files locally (no S3 URL set).");
    public static final Setting RECORDINGS_S3_URL = new Setting("infolinia.recordings.s3.url", SettingType.TEXT,
            null, null, false, false,
            "S3-compatible store for recordings as endpoint/bucket, e.g. http://10.0.0.7:9000/recordings (path-style,"
                    + " region us-east-1). Unset: local files.");
    public static final Setting RECORDINGS_S3_ACCESS_KEY = new Setting("infolinia.recordings.s3.access.key",
            SettingType.TEXT, null, null, false, false, "Access key of the recordings' S3 store.");
    public static final Setting RECORDINGS_S3_SECRET_KEY = new Setting("infolinia.recordings.s3.secret.key",
            SettingType.TEXT, null, null, false, true, "Secret key of the recordings' S3 store.");
    public static final Setting RECORDINGS_KEYS = new Setting("infolinia.recordings.keys", SettingType.TEXT,
            null, null, false, true,
            "Encrypt recordings at rest (AES-256-GCM): id:64-hex-digit-key[,id:key...], the first encrypts, all"
                    + " decrypt (rotation: docs/recordings.md). Unset: stored unencrypted.");

    private static final List<Setting> ALL = List.of(HTTP_HOST, HTTP_PORT, SIP_ADDRESS, SIP_PORT, SIP_PUBLIC_ADDRESS,
            SIP_TLS_PORT, SIP_TLS_KEYSTORE, SIP_TLS_KEYSTORE_PASSWORD, SIP_TRUNK, SIP_TRUNK_ADDRESSES,
            SIP_TRUNK_USER, SIP_TRUNK_PASSWORD, SIP_TRUNK_INBOUND, SIP_TRUNK_OUTBOUND, SIP_DIRECT_NUMBERS, HOTLINE_HOURS, RTP_PORT_MIN,
            RTP_PORT_MAX, DATA_DIR, KB_INDEX_DIR, DB_URL, DB_USER, DB_PASSWORD,
            DEMO, DEMO_TRAFFIC, DEMO_PASSWORD, BOOTSTRAP_ADMIN_USER, BOOTSTRAP_ADMIN_PASSWORD, LOGIN_MAX_FAILURES,
            LOGIN_LOCK_MINUTES, RECORDINGS_DIR, RECORDINGS_S3_URL, RECORDINGS_S3_ACCESS_KEY, RECORDINGS_S3_SECRET_KEY,
            RECORDINGS_KEYS);

    private Settings() {
    }

    public static List<Setting> all() {
        return ALL;
    }
}
