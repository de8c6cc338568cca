package pl.infolinia.contactcenter.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueueAnnouncementsTest {

    @Test
    void saysEveryPositionFrom1To100AsTheHandReviewedListDoes() throws IOException {
        List<String[]> rows = table("positions-1-100.txt");
        assertThat(rows).hasSize(100);
        for (String[] row : rows) {
            Announcement a = QueueAnnouncements.position(Integer.parseInt(row[0]));
            assertThat(a.text()).as("position %s", row[0]).isEqualTo(row[1]);
            assertThat(a.spoken()).isEqualTo(row[1]);
        }
    }

    @Test
    void saysEveryWaitFrom1To100MinutesAsTheHandReviewedListDoes() throws IOException {
        List<String[]> rows = table("waits-1-100.txt");
        assertThat(rows).hasSize(100);
        for (String[] row : rows) {
            Announcement a = QueueAnnouncements.minutes(Integer.parseInt(row[0]));
            assertThat(a.text()).as("minutes %s", row[0]).isEqualTo(row[1]);
            assertThat(a.spoken()).as("minutes %s", row[0]).isEqualTo(row[2]);
        }
    }

    @Test
    void playsOnePromptPerSpokenPieceForEveryNumberFrom1To100() {
        Map<String, String> catalogue = QueueAnnouncements.prompts();
        for (int n = 1; n <= 100; n++) {
            for (Announcement a : List.of(QueueAnnouncements.position(n), QueueAnnouncements.minutes(n))) {
                String concatenated = String.join(" ", a.prompts().stream().map(catalogue::get).toList());
                assertThat(concatenated).as("prompts of %s", a.text()).isEqualTo(a.spoken());
            }
        }
    }

    @Test
    void namesThePromptsToConcatenate() {
        assertThat(QueueAnnouncements.position(3).prompts()).containsExactly("jestes", "porzadkowy-3", "w-kolejce");
        assertThat(QueueAnnouncements.position(21).prompts())
                .containsExactly("jestes", "porzadkowy-20", "porzadkowy-1", "w-kolejce");
        assertThat(QueueAnnouncements.minutes(1).prompts()).containsExactly("okolo", "dopelniacz-1", "minuty");
        assertThat(QueueAnnouncements.minutes(21).prompts()).containsExactly("okolo", "dopelniacz-20", "jeden", "minut");
        assertThat(QueueAnnouncements.minutes(22).prompts()).containsExactly("okolo", "dopelniacz-20", "dopelniacz-2", "minut");
    }

    @Test
    void givesTheIssuesExamplesVerbatim() {
        assertThat(QueueAnnouncements.position(3).text()).isEqualTo("jesteś trzeci w kolejce");
        assertThat(QueueAnnouncements.minutes(1).text()).isEqualTo("około 1 minuty");
        assertThat(QueueAnnouncements.minutes(2).text()).isEqualTo("około 2 minut");
        assertThat(QueueAnnouncements.minutes(4).text()).isEqualTo("około 4 minut");
        assertThat(QueueAnnouncements.minutes(5).text()).isEqualTo("około 5 minut");
        assertThat(QueueAnnouncements.minutes(21).text()).isEqualTo("około 21 minut");
        assertThat(QueueAnnouncements.minutes(22).text()).isEqualTo("około 22 minut");
    }

    @Test
    void stopsCountingPastTheHundredthPlaceAndMinute() {
        assertThat(QueueAnnouncements.position(101).spoken()).isEqualTo("jesteś dalej niż setny w kolejce");
        assertThat(QueueAnnouncements.position(5000).prompts())
                .containsExactly("jestes", "dalej-niz", "porzadkowy-100", "w-kolejce");
        assertThat(QueueAnnouncements.minutes(101).text()).isEqualTo("ponad 100 minut");
        assertThat(QueueAnnouncements.minutes(101).spoken()).isEqualTo("ponad sto minut");
    }

    @Test
    void roundsAnEstimateUpToWholeMinutesAndNeverBelowOne() {
        assertThat(QueueAnnouncements.estimatedWait(Duration.ZERO).text()).isEqualTo("około 1 minuty");
        assertThat(QueueAnnouncements.estimatedWait(Duration.ofSeconds(60)).text()).isEqualTo("około 1 minuty");
        assertThat(QueueAnnouncements.estimatedWait(Duration.ofSeconds(61)).text()).isEqualTo("około 2 minut");
        assertThat(QueueAnnouncements.estimatedWait(Duration.ofMinutes(3).plusSeconds(10)).text()).isEqualTo("około 4 minut");
        assertThat(QueueAnnouncements.estimatedWait(Duration.ofHours(5)).text()).isEqualTo("ponad 100 minut");
    }

    @Test
    void refusesPositionsAndWaitsBelowOne() {
        assertThatThrownBy(() -> QueueAnnouncements.position(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueueAnnouncements.minutes(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cataloguesEachPromptOnceWithAsciiFileNames() {
        Map<String, String> catalogue = QueueAnnouncements.prompts();
        assertThat(catalogue.keySet()).allMatch(name -> name.matches("[a-z0-9-]+"));
        assertThat(catalogue).containsEntry("jeden", "jeden").containsEntry("dopelniacz-1", "jednej")
                .containsEntry("porzadkowy-100", "setny").containsEntry("dopelniacz-100", "stu");
        // 19 unit ordinals + 8 tens + 100, the same for genitives, "jeden", and 8 sentence words
        assertThat(catalogue).hasSize(28 + 28 + 1 + 8);
    }

    private static List<String[]> table(String name) throws IOException {
        try (InputStream in = QueueAnnouncementsTest.class.getResourceAsStream("/announcement/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split(" \\| "))
                    .toList();
        }
    }
}
