package pl.infolinia.telephony.webrtc;

import java.io.IOException;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.ExporterLabel;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SRTPProtectionProfile;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsSRTPUtils;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.UseSRTPData;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * Our side of a browser's DTLS-SRTP handshake (RFC 5763, RFC 5764) as the DTLS 1.2 server: it
 * asks for the browser's certificate, accepts it only if its fingerprint is the one the
 * browser's SDP answer gave, agrees on SRTP_AES128_CM_HMAC_SHA1_80 and exports the SRTP master
 * keys.
 */
final class DtlsSrtpServer extends DefaultTlsServer {

    private static final int KEY_MATERIAL_BYTES = 2 * (SrtpSessionKeys.MASTER_KEY_BYTES + SrtpSessionKeys.MASTER_SALT_BYTES);
    private static final long ANSWER_WAIT_SECONDS = 10;

    private final DtlsCertificate certificate;
    private final CompletableFuture<String> remoteFingerprint;
    private final CompletableFuture<SrtpKeyPair> keys = new CompletableFuture<>();

    /** @param remoteFingerprint completed when the browser's SDP answer arrives, maybe after its ClientHello */
    DtlsSrtpServer(BcTlsCrypto crypto, DtlsCertificate certificate, CompletableFuture<String> remoteFingerprint) {
        super(crypto);
        this.certificate = certificate;
        this.remoteFingerprint = remoteFingerprint;
    }

    /** The keys for both directions, once the handshake is complete. */
    CompletableFuture<SrtpKeyPair> keys() {
        return keys;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return ProtocolVersion.DTLSv12.only();
    }

    // our certificate is ECDSA: suites that need an RSA one would fail once chosen
    @Override
    protected int[] getSupportedCipherSuites() {
        return new int[] {CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
                CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
                CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
                CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA};
    }

    @Override
    protected TlsCredentialedSigner getECDSASignerCredentials() throws IOException {
        BcTlsCrypto crypto = (BcTlsCrypto) getCrypto();
        TlsCertificate own = crypto.createCertificate(certificate.der());
        return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto, certificate.privateKey(),
                new Certificate(new TlsCertificate[] {own}),
                SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa));
    }

    @Override
    public CertificateRequest getCertificateRequest() {
        return new CertificateRequest(new short[] {ClientCertificateType.ecdsa_sign, ClientCertificateType.rsa_sign},
                TlsUtils.getDefaultSupportedSignatureAlgorithms(context), null);
    }

    @Override
    public void notifyClientCertificate(Certificate clientCertificate) throws IOException {
        if (clientCertificate == null || clientCertificate.isEmpty()) {
            throw new TlsFatalAlert(AlertDescription.handshake_failure, "the browser sent no certificate");
        }
        String expected;
        try {
            expected = remoteFingerprint.get(ANSWER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TlsFatalAlert(AlertDescription.internal_error, "interrupted");
        } catch (ExecutionException | TimeoutException e) {
            throw new TlsFatalAlert(AlertDescription.bad_certificate, "no SDP answer with a fingerprint arrived");
        }
        String presented = DtlsCertificate.fingerprintOf(clientCertificate.getCertificateAt(0).getEncoded());
        if (!DtlsCertificate.sameFingerprint(presented, expected)) {
            throw new TlsFatalAlert(AlertDescription.bad_certificate, "certificate does not match the SDP fingerprint");
        }
    }

    @Override
    public void processClientExtensions(Hashtable clientExtensions) throws IOException {
        super.processClientExtensions(clientExtensions);
        UseSRTPData offered = TlsSRTPUtils.getUseSRTPExtension(clientExtensions);
        if (offered == null || Arrays.stream(offered.getProtectionProfiles())
                .noneMatch(p -> p == SRTPProtectionProfile.SRTP_AES128_CM_HMAC_SHA1_80)) {
            throw new TlsFatalAlert(AlertDescription.handshake_failure, "no SRTP_AES128_CM_HMAC_SHA1_80 offered");
        }
    }

    @Override
    public Hashtable getServerExtensions() throws IOException {
        Hashtable extensions = super.getServerExtensions();
        TlsSRTPUtils.addUseSRTPExtension(extensions,
                new UseSRTPData(new int[] {SRTPProtectionProfile.SRTP_AES128_CM_HMAC_SHA1_80}, TlsUtils.EMPTY_BYTES));
        return extensions;
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        // RFC 5764 §4.2: client key, server key, client salt, server salt
        byte[] material = context.exportKeyingMaterial(ExporterLabel.dtls_srtp, null, KEY_MATERIAL_BYTES);
        int key = SrtpSessionKeys.MASTER_KEY_BYTES;
        int salt = SrtpSessionKeys.MASTER_SALT_BYTES;
        SrtpSessionKeys client = SrtpSessionKeys.derive(Arrays.copyOfRange(material, 0, key),
                Arrays.copyOfRange(material, 2 * key, 2 * key + salt));
        SrtpSessionKeys server = SrtpSessionKeys.derive(Arrays.copyOfRange(material, key, 2 * key),
                Arrays.copyOfRange(material, 2 * key + salt, 2 * key + 2 * salt));
        Arrays.fill(material, (byte) 0);
        keys.complete(new SrtpKeyPair(server, client));
    }

    /** What we protect our packets with, and what we check the browser's with. */
    record SrtpKeyPair(SrtpSessionKeys sending, SrtpSessionKeys receiving) {
        @Override
        public String toString() {
            return "SrtpKeyPair[hidden]";
        }
    }
}
