package pl.infolinia.knowledge.importing;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file of an import, read into memory.
 *
 * @param path  path relative to the import's root, with forward slashes
 * @param bytes the content, or empty if the file was too large to read
 * @param size  the real size in bytes, which exceeds {@code bytes.length} for an oversized file
 */
record SourceFile(String path, byte[] bytes, long size) {

    SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
    }

    String text() {
        String text = new String(bytes, StandardCharsets.UTF_8);
        // a byte-order mark would become part of the first YAML key
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
