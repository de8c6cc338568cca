package pl.infolinia.server.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import pl.infolinia.server.app.InfoliniaApplication;

/**
 * The whole application as start-dev runs it (demo offices and users included), on a real port,
 * against the test database of {@link TestIsolation}. Tests with this annotation share one application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = InfoliniaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "infolinia.demo=true",
            "infolinia.demo.password=" + InfoliniaTest.DEMO_PASSWORD,
            "infolinia.data.dir=target/test-data",
            "infolinia.login.max.failures=3",
            "infolinia.login.lock.minutes=15",
            "infolinia.sip.address=127.0.0.1"
        })
@ContextConfiguration(initializers = TestIsolation.class)
@Import(TestUsers.class)
@AutoConfigureMockMvc
public @interface InfoliniaTest {

    String DEMO_PASSWORD = "test-demo-password";
}
