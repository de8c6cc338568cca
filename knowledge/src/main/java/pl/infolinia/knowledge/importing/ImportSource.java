package pl.infolinia.knowledge.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the files of an import from a folder or a ZIP archive, refusing to load oversized ones.
 *
 * <p>A file over the limit is kept as a name and size only, so that validation reports it without
 * holding 50 MB in memory. A ZIP may wrap everything in one top folder; paths are made relative to
 * the folder that holds taxonomy.yaml.
 */
final class ImportSource {

    /** Largest file accepted; a Markdown article is a few kilobytes. */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private ImportSource() {
    }

    static List<SourceFile> read(Path location) {
        try {
            List<SourceFile> files = Files.isDirectory(location) ? readFolder(location) : readZip(location);
            return relativeToRoot(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the import at " + location, e);
        }
    }

    private static List<SourceFile> readFolder(Path folder) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String path = folder.relativize(file).toString().replace('\\', '/');
                long size = Files.size(file);
                byte[] bytes = size > MAX_FILE_BYTES ? new byte[0] : Files.readAllBytes(file);
                files.add(new SourceFile(path, bytes, size));
            }
        }
        return files;
    }

    private static List<SourceFile> readZip(Path zip) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    files.add(readEntry(entry.getName(), in));
                }
            }
        }
        return files;
    }

    private static SourceFile readEntry(String name, InputStream in) throws IOException {
        // the declared size of a ZIP entry can lie, so count what is actually inflated
        byte[] head = in.readNBytes((int) MAX_FILE_BYTES + 1);
        if (head.length <= MAX_FILE_BYTES) {
            return new SourceFile(name, head, head.length);
        }
        long size = head.length + in.transferTo(OutputStream.nullOutputStream());
        return new SourceFile(name, new byte[0], size);
    }

    private static List<SourceFile> relativeToRoot(List<SourceFile> files) {
        String prefix = files.stream().map(SourceFile::path)
                .filter(p -> p.equals("taxonomy.yaml") || p.endsWith("/taxonomy.yaml"))
                .map(p -> p.substring(0, p.length() - "taxonomy.yaml".length()))
                .min((a, b) -> Integer.compare(a.length(), b.length()))
                .orElse("");
        return files.stream().filter(f -> f.path().startsWith(prefix))
                .map(f -> new SourceFile(f.path().substring(prefix.length()), f.bytes(), f.size()))
                .toList();
    }
}
