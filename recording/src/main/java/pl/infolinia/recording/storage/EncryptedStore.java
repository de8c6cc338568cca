package pl.infolinia.recording.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts recordings at rest with AES-256-GCM before another store keeps them.
 *
 * <p>Each object is {@code "ILR1"}, the key's id (one length byte, then UTF-8), a 12-byte random
 * nonce and the ciphertext with its 16-byte tag. New objects use the current key; any key still
 * listed decrypts, so keys are rotated by adding a new current key and keeping the old ones until
 * every object written with them is re-encrypted or deleted (docs/recordings.md). A tampered
 * object fails its tag check and is reported, never played.
 */
public final class EncryptedStore implements RecordingStore {

    private static final byte[] MAGIC = "ILR1".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final RecordingStore inner;
    private final String currentKeyId;
    private final Map<String, SecretKeySpec> keys;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param keys 32-byte AES keys by id; {@code currentKeyId} must be one of them
     */
    public EncryptedStore(RecordingStore inner, String currentKeyId, Map<String, byte[]> keys) {
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("the current recording key '" + currentKeyId + "' is not among the keys "
                    + keys.keySet());
        }
        keys.forEach((id, key) -> {
            if (key.length != 32) {
                throw new IllegalArgumentException("recording key '" + id + "' has " + key.length
                        + " bytes; AES-256 needs 32 (64 hex digits)");
            }
        });
        this.inner = inner;
        this.currentKeyId = currentKeyId;
        this.keys = Map.copyOf(keys.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> new SecretKeySpec(e.getValue(), "AES"))));
    }

    @Override
    public void put(String key, Path file) throws IOException {
        Path sealed = Files.createTempFile(file.toAbsolutePath().getParent(), "sealed-", ".part");
        try {
            Files.write(sealed, seal(Files.readAllBytes(file)));
            inner.put(key, sealed);
        } finally {
            Files.deleteIfExists(sealed);
        }
    }

    @Override
    public byte[] read(String key) throws IOException {
        return open(key, inner.read(key));
    }

    @Override
    public boolean exists(String key) throws IOException {
        return inner.exists(key);
    }

    @Override
    public void delete(String key) throws IOException {
        inner.delete(key);
    }

    /** The id of the key an object was sealed with, e.g. to find those a rotation must re-encrypt. */
    public String keyIdOf(String key) throws IOException {
        return header(key, inner.read(key)).keyId;
    }

    private byte[] seal(byte[] plain) throws IOException {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] id = currentKeyId.getBytes(StandardCharsets.UTF_8);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(id);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(MAGIC.length + 1 + id.length + NONCE_BYTES + sealed.length)
                    .put(MAGIC).put((byte) id.length).put(id).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot encrypt a recording", e);
        }
    }

    private byte[] open(String key, byte[] stored) throws IOException {
        Header header = header(key, stored);
        SecretKeySpec secret = keys.get(header.keyId);
        if (secret == null) {
            throw new IOException(key + " is encrypted with key '" + header.keyId + "', which is not configured");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, secret, new GCMParameterSpec(TAG_BITS, stored, header.nonceAt, NONCE_BYTES));
            cipher.updateAAD(header.keyId.getBytes(StandardCharsets.UTF_8));
            int body = header.nonceAt + NONCE_BYTES;
            return cipher.doFinal(stored, body, stored.length - body);
        } catch (GeneralSecurityException e) {
            throw new IOException(key + " fails its integrity tag: altered or not written by this archive", e);
        }
    }

    private static Header header(String key, byte[] stored) throws IOException {
        if (stored.length < MAGIC.length + 1 || !java.util.Arrays.equals(stored, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IOException(key + " is not an encrypted recording");
        }
        int idLength = stored[MAGIC.length] & 0xFF;
        int nonceAt = MAGIC.length + 1 + idLength;
        if (stored.length < nonceAt + NONCE_BYTES + TAG_BITS / 8) {
            throw new IOException(key + " is cut short");
        }
        return new Header(new String(stored, MAGIC.length + 1, idLength, StandardCharsets.UTF_8), nonceAt);
    }

    private record Header(String keyId, int nonceAt) {
    }
}
