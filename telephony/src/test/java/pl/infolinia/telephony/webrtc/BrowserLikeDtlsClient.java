package pl.infolinia.telephony.webrtc;

import java.io.IOException;
import java.util.Arrays;
import java.util.Hashtable;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.ExporterLabel;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SRTPProtectionProfile;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsSRTPUtils;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.UseSRTPData;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * The DTLS side of a browser, as a test peer: DTLS 1.2 client with its own self-signed
 * certificate, offering SRTP_AES128_CM_HMAC_SHA1_80, checking the server's fingerprint from SDP.
 */
final class BrowserLikeDtlsClient extends DefaultTlsClient {

    private final DtlsCertificate own;
    private final String serverFingerprint;
    private byte[] keyingMaterial;

    BrowserLikeDtlsClient(BcTlsCrypto crypto, DtlsCertificate own, String serverFingerprint) {
        super(crypto);
        this.own = own;
        this.serverFingerprint = serverFingerprint;
    }

    /** What we send with (client key and salt) and what the server sends with. */
    SrtpSessionKeys clientKeys() {
        return SrtpSessionKeys.derive(Arrays.copyOfRange(keyingMaterial, 0, 16), Arrays.copyOfRange(keyingMaterial, 32, 46));
    }

    SrtpSessionKeys serverKeys() {
        return SrtpSessionKeys.derive(Arrays.copyOfRange(keyingMaterial, 16, 32), Arrays.copyOfRange(keyingMaterial, 46, 60));
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return ProtocolVersion.DTLSv12.only();
    }

    @Override
    public Hashtable getClientExtensions() throws IOException {
        Hashtable extensions = super.getClientExtensions();
        TlsSRTPUtils.addUseSRTPExtension(extensions,
                new UseSRTPData(new int[] {SRTPProtectionProfile.SRTP_AES128_CM_HMAC_SHA1_80}, TlsUtils.EMPTY_BYTES));
        return extensions;
    }

    @Override
    public TlsAuthentication getAuthentication() {
        return new TlsAuthentication() {
            @Override
            public void notifyServerCertificate(TlsServerCertificate certificate) throws IOException {
                String presented = DtlsCertificate.fingerprintOf(certificate.getCertificate().getCertificateAt(0).getEncoded());
                if (!DtlsCertificate.sameFingerprint(presented, serverFingerprint)) {
                    throw new TlsFatalAlert(AlertDescription.bad_certificate);
                }
            }

            @Override
            public TlsCredentials getClientCredentials(CertificateRequest request) throws IOException {
                BcTlsCrypto crypto = (BcTlsCrypto) getCrypto();
                TlsCertificate certificate = crypto.createCertificate(own.der());
                return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto, own.privateKey(),
                        new Certificate(new TlsCertificate[] {certificate}),
                        SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa));
            }
        };
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        keyingMaterial = context.exportKeyingMaterial(ExporterLabel.dtls_srtp, null, 60);
    }
}
