package pl.infolinia.server.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives a test application its own empty database, search index, data folder and SIP port. The database is an
 * in-memory H2 by default, or a fresh schema in the PostgreSQL named by {@code -Dinfolinia.test.db=postgres -Dinfolinia.test.db.url=…}.
 * The same tests and the same code paths run on both.
 */
public class TestIsolation implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, Object> properties = new HashMap<>(properties(name));
        // each test application its own search index (Lucene locks a folder for one writer) and SIP port
        properties.put("infolinia.kb.index.dir", "target/test-index/" + name);
        // and its own data folder, so that files one application writes (offices' prompts) start out absent
        properties.put("infolinia.data.dir", "target/test-data/" + name);
        properties.put("infolinia.sip.port", Integer.toString(FreePort.find()));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test isolation", properties));
    }

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("infolinia.test.db", "h2"));
    }

    static Map<String, Object> properties(String name) {
        if (isPostgres()) {
            String url = System.getProperty("infolinia.test.db.url", "");
            if (url.isBlank()) {
                throw new IllegalStateException("-Dinfolinia.test.db=postgres needs -Dinfolinia.test.db.url=jdbc:postgresql://…"
                        + " (./infolinia test starts a throwaway PostgreSQL and passes it)");
            }
            return Map.of("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name,
                    "spring.flyway.schemas", name);
        }
        return Map.of("spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
                "spring.datasource.username", "sa", "spring.datasource.password", "");
    }
}
