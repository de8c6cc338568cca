package pl.infolinia.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MediaClockTest {

    @Test
    void everyTaskHearsBeforeAnyTaskSpeaks() {
        MediaClock clock = new MediaClock();
        List<String> order = new ArrayList<>();
        for (String name : List.of("a", "b")) {
            clock.add(new MediaTask() {
                public void hear(long tick) {
                    order.add("hear " + name + " " + tick);
                }

                public void speak(long tick) {
                    order.add("speak " + name + " " + tick);
                }
            });
        }

        clock.runTick();
        clock.runTick();

        assertThat(order).containsExactly("hear a 0", "hear b 0", "speak a 0", "speak b 0",
                "hear a 1", "hear b 1", "speak a 1", "speak b 1");
    }

    @Test
    void aFailingTaskIsRemovedAndTheOthersGoOn() {
        MediaClock clock = new MediaClock();
        AtomicInteger spoken = new AtomicInteger();
        clock.add(new MediaTask() {
            public void hear(long tick) {
                throw new IllegalStateException("broken call");
            }

            public void speak(long tick) {
            }
        });
        clock.add(speaker(spoken, ConcurrentHashMap.newKeySet()));

        clock.runTick();
        clock.runTick();

        assertThat(spoken).hasValue(2);
        assertThat(clock.taskCount()).isEqualTo(1);
    }

    @Test
    void pacesHundredsOfCallsFromOneThread() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<AtomicInteger> counters = new ArrayList<>();
        try (MediaClock clock = new MediaClock()) {
            for (int i = 0; i < 300; i++) {
                AtomicInteger spoken = new AtomicInteger();
                counters.add(spoken);
                clock.add(speaker(spoken, threads));
            }
            long start = System.nanoTime();
            clock.start();

            await().atMost(Duration.ofSeconds(5)).until(() -> counters.stream().allMatch(c -> c.get() >= 25));
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

            assertThat(threads).containsExactly("media-clock");
            // 25 ticks of 20 ms cannot be done in less than ~480 ms: the clock paces, it does not spin
            assertThat(elapsedMillis).isGreaterThanOrEqualTo(480);
            assertThat(clock.intervals().size()).isGreaterThanOrEqualTo(24);
        }
    }

    private static MediaTask speaker(AtomicInteger spoken, Set<String> threads) {
        return new MediaTask() {
            public void hear(long tick) {
            }

            public void speak(long tick) {
                threads.add(Thread.currentThread().getName());
                spoken.incrementAndGet();
            }
        };
    }
}
