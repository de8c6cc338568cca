package pl.infolinia.knowledge.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A writable copy of the demo knowledge base in a test's folder, to break on purpose. */
final class DemoCopy {

    final Path root;

    private DemoCopy(Path root) {
        this.root = root;
    }

    static DemoCopy in(Path folder) {
        try {
            Path demo = Path.of(DemoCopy.class.getResource("/demo/kb/taxonomy.yaml").toURI()).getParent();
            Path root = folder.resolve("kb");
            try (Stream<Path> files = Files.walk(demo)) {
                for (Path file : files.toList()) {
                    Path target = root.resolve(demo.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            return new DemoCopy(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String path, String text) {
        try {
            Files.createDirectories(root.resolve(path).getParent());
            Files.writeString(root.resolve(path), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void replace(String path, String from, String to) {
        String text = read(path);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(path + " has no '" + from + "'");
        }
        write(path, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }
}
