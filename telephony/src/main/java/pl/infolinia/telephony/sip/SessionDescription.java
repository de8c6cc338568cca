package pl.infolinia.telephony.sip;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import pl.infolinia.telephony.media.G711;

/**
 * The parts of an SDP offer (RFC 4566) that an audio call needs: where to send RTP, which
 * payload types the peer offers and which of them is telephone-event.
 *
 * <p>Our own small type, so that no SDP library leaks into the engine. Only the first audio
 * stream is read; video and other streams are left out of the answer by refusing them.
 */
record SessionDescription(String connectionAddress, int audioPort, List<Integer> payloadTypes,
                          List<String> encodings, int telephoneEvent, MediaDirection direction) {

    /**
     * Reads an offer; empty if it has no audio stream or no connection address.
     */
    static Optional<SessionDescription> parse(String sdp) {
        String sessionAddress = null;
        String mediaAddress = null;
        int port = -1;
        List<Integer> types = new ArrayList<>();
        List<String> encodings = new ArrayList<>();
        int telephoneEvent = -1;
        boolean inAudio = false;
        boolean audioSeen = false;
        MediaDirection direction = MediaDirection.SENDRECV;
        for (String line : sdp.split("\r?\n")) {
            if (line.startsWith("m=")) {
                inAudio = line.startsWith("m=audio ") && !audioSeen;
                if (inAudio) {
                    audioSeen = true;
                    String[] fields = line.substring(2).trim().split(" +");
                    port = parsePort(fields.length > 1 ? fields[1] : "");
                    for (int i = 3; i < fields.length; i++) {
                        types.add(parsePort(fields[i]));
                        encodings.add("");
                    }
                }
            } else if (line.startsWith("c=IN IP4 ")) {
                String address = line.substring(9).trim().split("/")[0];
                if (audioSeen && inAudio) {
                    mediaAddress = address;
                } else if (!audioSeen) {
                    sessionAddress = address;
                }
            } else if ((inAudio || !audioSeen) && line.matches("a=(sendrecv|sendonly|recvonly|inactive)\\s*")) {
                direction = MediaDirection.of(line.substring(2).trim());
            } else if (inAudio && line.startsWith("a=rtpmap:")) {
                String[] fields = line.substring(9).trim().split(" +", 2);
                int index = types.indexOf(parsePort(fields[0]));
                if (index >= 0 && fields.length == 2) {
                    String encoding = fields[1].toUpperCase(Locale.ROOT);
                    encodings.set(index, encoding);
                    if (encoding.startsWith("TELEPHONE-EVENT/8000")) {
                        telephoneEvent = types.get(index);
                    }
                }
            }
        }
        String address = mediaAddress != null ? mediaAddress : sessionAddress;
        if (port <= 0 || address == null) {
            return Optional.empty();
        }
        return Optional.of(new SessionDescription(address, port, List.copyOf(types), List.copyOf(encodings), telephoneEvent,
                "0.0.0.0".equals(address) ? MediaDirection.INACTIVE : direction));
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The peer's first offered G.711 law, by static payload type or rtpmap name. */
    Optional<G711> codec() {
        for (int i = 0; i < payloadTypes.size(); i++) {
            for (G711 law : G711.values()) {
                if (payloadTypes.get(i) == law.payloadType() || encodings.get(i).startsWith(law.encodingName() + "/")) {
                    return Optional.of(law);
                }
            }
        }
        return Optional.empty();
    }

    /** Our offer for a call we place: µ-law, A-law and telephone-event as payload type 101. */
    static String offer(String address, int port, long sessionId) {
        return header(address, sessionId)
                + "m=audio " + port + " RTP/AVP 0 8 101\r\n"
                + "a=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n"
                + "a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-16\r\n"
                + "a=ptime:20\r\na=sendrecv\r\n";
    }

    private static String header(String address, long sessionId) {
        return "v=0\r\no=infolinia " + sessionId + " 1 IN IP4 " + address + "\r\ns=infolinia\r\n"
                + "c=IN IP4 " + address + "\r\nt=0 0\r\n";
    }

    /** True if this offer puts us on hold: the peer will not receive (RFC 3264 §8.4, RFC 2543's 0.0.0.0). */
    boolean holds() {
        return !direction.receives();
    }

    /** Our answer: one audio stream with the chosen law and, if offered, telephone-event. */
    static String answer(String address, int port, G711 codec, int telephoneEvent, long sessionId) {
        return answer(address, port, codec, telephoneEvent, sessionId, MediaDirection.SENDRECV);
    }

    /** Our answer with an explicit direction, the mirror of a re-offer's. */
    static String answer(String address, int port, G711 codec, int telephoneEvent, long sessionId,
                         MediaDirection direction) {
        StringBuilder sdp = new StringBuilder(header(address, sessionId))
                .append("m=audio ").append(port).append(" RTP/AVP ").append(codec.payloadType());
        if (telephoneEvent >= 0) {
            sdp.append(' ').append(telephoneEvent);
        }
        sdp.append("\r\na=rtpmap:").append(codec.payloadType()).append(' ').append(codec.encodingName()).append("/8000\r\n");
        if (telephoneEvent >= 0) {
            sdp.append("a=rtpmap:").append(telephoneEvent).append(" telephone-event/8000\r\n")
                    .append("a=fmtp:").append(telephoneEvent).append(" 0-16\r\n");
        }
        return sdp.append("a=ptime:20\r\na=").append(direction.attribute()).append("\r\n").toString();
    }
}
