package pl.infolinia.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Polish and English say the same things, and every message a template names exists (as petclinic checks). */
class MessagesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z0-9.]+)[}(]");

    /** The bundles of spring.messages.basename: one shared, one per group of pages. */
    private static final List<String> BUNDLES =
            List.of("messages", "i18n/desk", "i18n/supervisor", "i18n/reports", "i18n/reportmail", "i18n/recordings",
                    "i18n/kbedit", "i18n/quality", "i18n/recpolicy", "i18n/phone");

    @Test
    void polishAndEnglishHaveTheSameKeys() throws IOException {
        for (String bundle : BUNDLES) {
            assertThat(load(bundle + "_en.properties").stringPropertyNames())
                    .as(bundle)
                    .isEqualTo(load(bundle + ".properties").stringPropertyNames());
        }
    }

    @Test
    void everyBundleIsConfigured() throws IOException {
        Properties application = load("application.properties");
        assertThat(List.of(application.getProperty("spring.messages.basename").split(","))).isEqualTo(BUNDLES);
    }

    @Test
    void noKeyIsInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (String bundle : BUNDLES) {
            for (String key : load(bundle + ".properties").stringPropertyNames()) {
                assertThat(seen.add(key)).as("%s in %s and an earlier bundle", key, bundle).isTrue();
            }
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String bundle : BUNDLES) {
            keys.addAll(load(bundle + ".properties").stringPropertyNames());
        }
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!keys.contains(matcher.group(1))) {
                        missing.add(template.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
