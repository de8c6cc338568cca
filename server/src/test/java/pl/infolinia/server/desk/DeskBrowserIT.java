package pl.infolinia.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ArticleOpened;
import pl.infolinia.contactcenter.contact.CallTransferred;
import pl.infolinia.contactcenter.contact.ContactClassified;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactQuery;
import pl.infolinia.contactcenter.contact.KnowledgeSearched;
import pl.infolinia.contactcenter.contact.RecordingPaused;
import pl.infolinia.contactcenter.contact.RecordingResumed;
import pl.infolinia.contactcenter.contact.WrapUpOutcome;
import pl.infolinia.contactcenter.hotline.DemoHotline;
import pl.infolinia.contactcenter.prompt.PromptSet;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.office.Offices;
import pl.infolinia.server.support.Browser;
import pl.infolinia.server.support.InfoliniaTest;
import pl.infolinia.server.support.OfficePbx;
import pl.infolinia.telephony.Telephony;
import pl.infolinia.telephony.testkit.FreePorts;
import pl.infolinia.telephony.testkit.Sipp;

/**
 * A consultant's day on the desk, in Debian's chromium with real SIP peers: a SIPp citizen presses
 * 1; the desk pops up the call with its topic and suggested articles before the SIPp phone answers;
 * the consultant searches the knowledge base, transfers the citizen attended to the Ministry of the
 * Interior's PBX (SIPp) and writes the wrap-up, all kept with the contact. axe checks each state.
 */
@Tag("browser")
@InfoliniaTest
// an application of its own: the consultant's phone and calls must not meet other tests' agents
@TestPropertySource(properties = "infolinia.test.application=desk")
@DirtiesContext
class DeskBrowserIT {

    private static final OfficeCode MSWIA = new OfficeCode("MSWIA");
    private static final Duration LIVE = Duration.ofSeconds(5);

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    Telephony telephony;

    @Autowired
    Offices offices;

    @Autowired
    Acd acd;

    @Autowired
    ContactEventLog log;

    private int officePort;

    @BeforeEach
    void theMinistryOfTheInteriorsPbxIsASippAnsweringMachine() {
        officePort = OfficePbx.at(offices, MSWIA);
    }

    @Test
    void callPopsUpIsAnsweredSearchedTransferredAttendedAndWrappedUp() throws Exception {
        signIn("agent1");
        assertThat(text("state-now")).isEqualTo("Wylogowany z kolejek");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        Sipp.Running phone = Sipp.start(telephony.sipPort(), "scenarios/agent-phone.xml", FreePorts.next(), List.of(
                "-oocsf", "scenarios/agent-phone-answer.xml", "-mp", Integer.toString(Sipp.mediaPort()),
                "-s", "agent1", "-au", "agent1", "-ap", InfoliniaTest.DEMO_PASSWORD, "-m", "1",
                "-set", "calls", "2", "-set", "wait_ms", "120000", "-set", "ring_ms", "4000"));
        // the phone registers: the consultant is logged in and available, and the desk shows it live
        await().atMost(Duration.ofSeconds(10)).until(() -> text("state-now").equals("Dostępny"));

        Sipp.Running citizen = Sipp.start(telephony.sipPort(), "scenarios/caller-talks.xml", FreePorts.next(), List.of(
                "-s", "infolinia", "-m", "1", "-mp", Integer.toString(Sipp.mediaPort()), "-set", "digit", "1",
                "-set", "caller", "48600100300", "-set", "dtmf_delay_ms",
                Long.toString(DemoHotline.untilTheMenu(PromptSet.polish()).plusMillis(1500).toMillis()),
                "-set", "hold_ms", "35000"));

        // the pop-up, before the phone answers: topic, menu path and suggested articles
        await().atMost(Duration.ofSeconds(60)).until(() -> !page().findElements(By.cssSelector(".ringing")).isEmpty());
        assertThat(text("call-topic")).isEqualTo("dokumenty");
        assertThat(text("call-caller")).isEqualTo("48600100300");
        assertThat(page().findElements(By.cssSelector("#suggested a"))).isNotEmpty();
        browser.screenshot("desk-ringing");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        await().atMost(LIVE).until(() -> text("state-now").equals("W rozmowie"));
        await().atMost(LIVE).until(() -> !page().findElements(By.id("transfer-target")).isEmpty());

        // the knowledge base beside the call, from the keyboard
        page().findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.ALT, Keys.SHIFT, "k"));
        page().switchTo().activeElement().sendKeys("zgubiłem dowód", Keys.ENTER);
        await().atMost(LIVE).until(() -> !page().findElements(By.cssSelector("#kb-results .hits a")).isEmpty());
        Browser.live(() -> page().findElement(By.cssSelector("#kb-results .hits li:first-child a")).click());
        await().atMost(LIVE).until(() -> !page().findElements(By.id("article-title")).isEmpty());
        String article = text("article-title");
        browser.driver().executeScript("window.scrollTo(0, 0)");
        browser.screenshot("desk-call");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        // the citizen gives sensitive data: the recording pauses and resumes
        Browser.live(() -> page().findElement(By.id("recording")).click());
        await().atMost(LIVE).until(() -> text("desk-message").startsWith("Nagrywanie wstrzymane"));
        await().atMost(LIVE).until(() -> text("recording").equals("Wznów nagrywanie"));
        Browser.live(() -> page().findElement(By.id("recording")).click());
        await().atMost(LIVE).until(() -> text("desk-message").equals("Nagrywanie wznowione."));

        // attended transfer: the consultant talks to the ministry first, then hands the citizen over
        Sipp.Running pbx = Sipp.startAnsweringMachine(officePort, Sipp.mediaPort());
        Browser.live(() -> {
            page().findElement(By.id("transfer-target")).sendKeys("office:MSWIA");
            page().findElement(By.id("mode-attended")).click();
            page().findElement(By.id("transfer")).click();
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> !page().findElements(By.id("consult-complete")).isEmpty());
        Browser.live(() -> page().findElement(By.id("consult-complete")).click());

        // wrap-up: the article's summary goes into the notes
        await().atMost(Duration.ofSeconds(10)).until(() -> !page().findElements(By.id("wrapup-topic")).isEmpty());
        // the state bar follows on the live signal, a moment after the work section the click refreshed
        await().atMost(LIVE).until(() -> text("state-now").equals("Podsumowanie rozmowy"));
        Browser.live(() -> {
            new Select(page().findElement(By.id("wrapup-topic"))).selectByIndex(1);
            page().findElement(By.id("outcome-TRANSFERRED_TO_OFFICE")).click();
            new Select(page().findElement(By.id("wrapup-office"))).selectByValue("MSWIA");
            page().findElement(By.id("notes")).clear();
            page().findElement(By.id("notes")).sendKeys("Obywatel zgłasza utratę dowodu.");
            page().findElement(By.id("kb-article")).findElement(By.id("summary-to-notes")).click();
        });
        assertThat(page().findElement(By.id("notes")).getDomProperty("value")).contains(article);
        browser.screenshot("desk-wrapup");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        page().findElement(By.id("wrapup-save")).click();
        await().atMost(LIVE).until(() -> text("desk-message").equals("Podsumowanie zapisane."));

        assertThat(citizen.finish().exitCode()).isZero();
        assertThat(pbx.finish().exitCode()).isZero();
        phone.process().destroy(); // it would wait for a second call; its registration ends with it

        List<ContactEvent> kept = log.read(log.contacts(ContactQuery.all().caller("48600100300")).getFirst());
        assertThat(kept).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(KnowledgeSearched.class,
                searched -> assertThat(searched.query()).isEqualTo("zgubiłem dowód")));
        assertThat(kept).anySatisfy(e -> assertThat(e).isInstanceOf(ArticleOpened.class));
        assertThat(kept).anySatisfy(e -> assertThat(e).isInstanceOf(RecordingPaused.class));
        assertThat(kept).anySatisfy(e -> assertThat(e).isInstanceOf(RecordingResumed.class));
        assertThat(kept).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(CallTransferred.class, transferred -> {
            assertThat(transferred.target()).isEqualTo("office:MSWIA");
            assertThat(transferred.attended()).isTrue();
        }));
        assertThat(kept).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(ContactClassified.class, wrapUp -> {
            assertThat(wrapUp.outcome()).isEqualTo(WrapUpOutcome.TRANSFERRED_TO_OFFICE);
            assertThat(wrapUp.office()).map(Object::toString).contains("MSWIA");
            assertThat(wrapUp.notes()).startsWith("Obywatel zgłasza utratę dowodu.").contains(article);
            assertThat(wrapUp.agentId()).isEqualTo(AgentId.of("agent1"));
        }));
    }


    private void signIn(String username) {
        browser.signIn("http://localhost:" + port, username, InfoliniaTest.DEMO_PASSWORD);
        page().findElement(By.linkText("Pulpit")).click();
    }

    /** The element's text, or "" while it is missing or being replaced by a live refresh. */
    private String text(String id) {
        try {
            List<WebElement> found = page().findElements(By.id(id));
            return found.isEmpty() ? "" : found.getFirst().getText().strip();
        } catch (StaleElementReferenceException e) {
            return "";
        }
    }

    private WebDriver page() {
        return browser.driver();
    }
}
