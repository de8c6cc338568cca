package pl.infolinia.knowledge.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import pl.infolinia.knowledge.article.Article;

/**
 * A 64-bit summary of which articles, in which state, an index holds.
 *
 * <p>The XOR of one hash per article: order does not matter, and one article's change is
 * applied by XOR-ing its old hash out and its new one in, without reading the rest. Compared at
 * start-up with the database's articles, it tells whether the index is stale.
 */
final class IndexFingerprint {

    private IndexFingerprint() {
    }

    static long of(Collection<Article> articles) {
        long fingerprint = 0;
        for (Article article : articles) {
            fingerprint ^= of(article);
        }
        return fingerprint;
    }

    static long of(Article article) {
        try {
            // a record's toString lists every field, nested records and enums by name: stable across runs
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(article.toString().getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
