package pl.infolinia.telephony.media;

import java.time.Instant;

/**
 * A 64-bit NTP timestamp as RTCP carries it: seconds since 1900 and a binary fraction.
 */
public record NtpTimestamp(long seconds, long fraction) {

    // NTP counts from 1900-01-01, the Unix epoch is 70 years (17 leap days) later
    private static final long SECONDS_1900_TO_1970 = 2_208_988_800L;

    public static NtpTimestamp of(Instant instant) {
        long fraction = (instant.getNano() * 0x1_0000_0000L) / 1_000_000_000L;
        return new NtpTimestamp((instant.getEpochSecond() + SECONDS_1900_TO_1970) & 0xFFFFFFFFL, fraction);
    }

    public Instant toInstant() {
        long nanos = (fraction * 1_000_000_000L) >>> 32;
        return Instant.ofEpochSecond(seconds - SECONDS_1900_TO_1970, nanos);
    }
}
