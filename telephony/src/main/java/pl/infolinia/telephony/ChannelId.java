package pl.infolinia.telephony;

import java.util.UUID;

/** The identity of one channel, unique within the engine and stable for the call's life. */
public record ChannelId(String value) {

    public ChannelId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("channel id must not be blank");
        }
    }

    public static ChannelId random() {
        return new ChannelId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
