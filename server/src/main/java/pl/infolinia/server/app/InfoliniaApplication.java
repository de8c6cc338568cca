package pl.infolinia.server.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application; every feature package below {@code pl.infolinia.server} is scanned. */
@SpringBootApplication(scanBasePackages = "pl.infolinia.server")
public class InfoliniaApplication {
}
