package pl.infolinia.telephony;

import java.nio.file.Path;

/**
 * SIP over TLS (RFC 3261 §26.2): the port to listen on and the key store holding the server's
 * certificate and private key.
 *
 * <p>Phones connect without client certificates; they authenticate with digest as over UDP and
 * TCP. The password is never shown by {@link #toString()}.
 *
 * @param port     the TLS port, usually 5061
 * @param keyStore a PKCS#12 file ({@code .p12}, {@code .pfx}) or a Java key store ({@code .jks})
 * @param password the key store's password, also the key's
 */
public record SipTls(int port, Path keyStore, String password) {

    public SipTls {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SIP TLS port out of range: " + port);
        }
        if (password == null) {
            throw new IllegalArgumentException("the key store " + keyStore + " needs its password");
        }
    }

    /** The key store's type as the JDK names it, from the file name. */
    public String keyStoreType() {
        return keyStore.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jks") ? "JKS" : "PKCS12";
    }

    @Override
    public String toString() {
        return "SipTls[port=" + port + ", keyStore=" + keyStore + "]";
    }
}
