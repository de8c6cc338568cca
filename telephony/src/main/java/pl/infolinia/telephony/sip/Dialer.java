package pl.infolinia.telephony.sip;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sip.ClientTransaction;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import pl.infolinia.telephony.CallNotAnswered;
import pl.infolinia.telephony.Endpoint;
import pl.infolinia.telephony.SipDestinations;
import pl.infolinia.telephony.Trunk;
import pl.infolinia.telephony.Trunks;
import pl.infolinia.telephony.media.G711;
import pl.infolinia.telephony.media.RtpPorts;

/**
 * Places calls to registered users (their newest contact), to configured destinations and to
 * numbers a trunk may dial out:
 * INVITE with our offer, wait for the answer, ACK, and hand back an answered channel.
 *
 * <p>Nothing else can be called, so the engine cannot be used to reach arbitrary numbers (no
 * toll fraud through the platform).
 */
final class Dialer {

    private final JainSipStack stack;
    private final Registrations registrations;
    private final Calls calls;
    private final CallMedia media;
    private final SipDestinations destinations;
    private final Trunks trunks;
    private final Clock clock;

    private final BrowserDialer browsers;

    Dialer(JainSipStack stack, Registrations registrations, SipDestinations destinations, Trunks trunks, Calls calls,
           CallMedia media, BrowserDialer browsers, Clock clock) {
        this.browsers = browsers;
        this.stack = stack;
        this.registrations = registrations;
        this.destinations = destinations;
        this.trunks = trunks;
        this.calls = calls;
        this.media = media;
        this.clock = clock;
    }

    SipChannel dial(String user, String callerId, Duration timeout) {
        Optional<String> registered = registrations.endpoint(user, clock.instant())
                .flatMap(e -> e.contacts().stream().max(Comparator.comparing(Endpoint.Contact::expires)))
                .map(Endpoint.Contact::uri);
        if (registered.isPresent() && BrowserDialer.isBrowser(registered.get())) {
            return browsers.dial(user, registered.get(), callerId, timeout);
        }
        Optional<Trunk> trunk = registered.or(() -> destinations.uri(user)).isPresent() ? Optional.empty()
                : trunks.outbound(user);
        String contact = registered.or(() -> destinations.uri(user))
                .or(() -> trunk.flatMap(t -> t.uriFor(user)))
                .orElseThrow(() -> new CallNotAnswered(user, 404,
                        "neither registered, nor a configured destination, nor a number a trunk may dial"));
        // a phone is addressed by its user's AOR, a PBX by the number in its URI
        String to = registered.isPresent() ? "sip:" + user + "@" + media.address() : contact;
        RtpPorts.Pair ports;
        try {
            ports = media.ports().allocate();
        } catch (IOException e) {
            throw new CallNotAnswered(user, 503, "no RTP port free");
        }
        try {
            return call(user, callerId, contact, to, ports, timeout, trunk.flatMap(Trunk::account));
        } catch (RuntimeException e) {
            closeQuietly(ports);
            throw e;
        }
    }

    private SipChannel call(String user, String callerId, String contact, String to, RtpPorts.Pair ports,
                            Duration timeout, Optional<Trunk.Account> account) {
        OutgoingInvite pending = new OutgoingInvite(user, stack, account);
        CallIdHeader callId = stack.provider().getNewCallId();
        try {
            Request invite = invite(to, callerId, contact, callId, SessionDescription.offer(media.address(),
                    ports.port(), System.currentTimeMillis()));
            ClientTransaction transaction = stack.provider().getNewClientTransaction(invite);
            transaction.setApplicationData(pending);
            pending.sentOn(transaction);
            transaction.sendRequest();
        } catch (Exception e) {
            throw new CallNotAnswered(user, 500, "INVITE could not be sent: " + e.getMessage());
        }
        Response ok = await(pending, user, timeout);
        Optional<SessionDescription> answer = Optional.ofNullable(ok.getRawContent())
                .flatMap(body -> SessionDescription.parse(new String(body, StandardCharsets.UTF_8)));
        Optional<G711> codec = answer.flatMap(SessionDescription::codec);
        OutgoingDialog signalling = new OutgoingDialog(pending.dialog(), stack, calls, callId.getCallId(), callerId, user);
        if (codec.isEmpty()) {
            signalling.bye();
            throw new CallNotAnswered(user, 488, "answer without G.711");
        }
        SipChannel channel = SipChannel.answered(signalling, ports,
                new InetSocketAddress(answer.get().connectionAddress(), answer.get().audioPort()), codec.get(),
                answer.get().telephoneEvent(), media);
        calls.add(callId.getCallId(), channel);
        return channel;
    }

    private static Response await(OutgoingInvite pending, String user, Duration timeout) {
        try {
            return pending.answer().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.abandon();
            throw new CallNotAnswered(user, 408, "no answer in " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof CallNotAnswered refused ? refused
                    : new CallNotAnswered(user, 500, String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.abandon();
            throw new CallNotAnswered(user, 487, "interrupted");
        }
    }

    private Request invite(String toUri, String callerId, String contactUri, CallIdHeader callId, String sdp)
            throws ParseException, javax.sip.InvalidArgumentException {
        AddressFactory addresses = stack.addresses();
        HeaderFactory headers = stack.headers();
        SipURI target = (SipURI) addresses.createURI(contactUri);
        String transport = target.getTransportParam() == null ? "udp" : target.getTransportParam().toLowerCase();
        String host = media.address();
        Address from = addresses.createAddress("sip:" + userPart(callerId) + "@" + host);
        Address to = addresses.createAddress(toUri);
        Request invite = stack.messages().createRequest(target, Request.INVITE, callId,
                headers.createCSeqHeader(1L, Request.INVITE),
                headers.createFromHeader(from, UUID.randomUUID().toString().substring(0, 12)),
                headers.createToHeader(to, null),
                List.of(headers.createViaHeader(host, stack.port(), transport, null)),
                headers.createMaxForwardsHeader(70),
                headers.createContentTypeHeader("application", "sdp"), sdp.getBytes(StandardCharsets.US_ASCII));
        invite.addHeader(headers.createContactHeader(addresses.createAddress("sip:infolinia@" + host + ":" + stack.port())));
        return invite;
    }

    // a caller id that is not a plain SIP user part (spaces, quotes) is withheld rather than refused
    private static String userPart(String callerId) {
        return callerId != null && callerId.matches("[A-Za-z0-9+*#._-]+") ? callerId : "anonymous";
    }

    private static void closeQuietly(RtpPorts.Pair ports) {
        try {
            ports.close();
        } catch (IOException e) {
            // nothing to do: the ports are being given up anyway
        }
    }
}
