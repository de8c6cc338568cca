package pl.infolinia.telephony.sip;

import javax.sip.header.AuthorizationHeader;

/**
 * The fields of a digest Authorization header that the check needs, as the phone sent them.
 *
 * @param nonceCount eight hex digits, as used in the hash; null without qop
 */
record DigestResponse(String userName, String realm, String nonce, String uri, String response,
                      String algorithm, String qop, String nonceCount, String cnonce) {

    static DigestResponse of(AuthorizationHeader header) {
        String algorithm = header.getAlgorithm() == null ? "MD5" : header.getAlgorithm();
        // the uri parameter is hashed as sent; re-encoding the parsed URI could change it
        String uri = header.getParameter("uri");
        String qop = header.getQop();
        return new DigestResponse(header.getUsername(), header.getRealm(), header.getNonce(),
                uri != null ? uri : String.valueOf(header.getURI()), header.getResponse(), algorithm, qop,
                qop == null ? null : String.format("%08x", header.getNonceCount()), header.getCNonce());
    }
}
