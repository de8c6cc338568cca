package pl.infolinia.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.infolinia.server.support.InfoliniaTest;

/**
 * An upload over the limit, sent over real HTTP as a browser sends it: the server answers 413 with
 * its own page saying what happened, and goes on serving the same client.
 */
@InfoliniaTest
class OversizedUploadIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final int OVER_THE_LIMIT = 56 * 1024 * 1024;

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void anImportOverTheLimitGetsOurPageNotTheContainers() throws Exception {
        signIn("kbeditor");
        String boundary = "----infolinia-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream(OVER_THE_LIMIT + 1024);
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf("/kb/import")
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"kb.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(new byte[OVER_THE_LIMIT]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> refused = browser.send(HttpRequest.newBuilder(url("/kb/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html,application/xhtml+xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("<h1>Plik jest za duży</h1>").contains("najwyżej 50 MB")
                .contains("Nic nie zostało zmienione").doesNotContain("Apache Tomcat");
        assertThat(page("/kb/import").statusCode()).as("the same client goes on").isEqualTo(200);
    }

    private void signIn(String username) throws Exception {
        String form = "username=" + username + "&password=" + InfoliniaTest.DEMO_PASSWORD + "&_csrf=" + csrf("/login");
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
    }

    private String csrf(String path) throws Exception {
        Matcher token = CSRF.matcher(page(path).body());
        assertThat(token.find()).as("a CSRF token on " + path).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> page(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(url(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
