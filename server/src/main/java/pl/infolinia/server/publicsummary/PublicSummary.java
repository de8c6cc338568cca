package pl.infolinia.server.publicsummary;

import java.time.YearMonth;
import java.util.List;

/**
 * What may be published about the hotline for a span of months: per month the calls that reached
 * a queue, those answered and the share answered (of answered and abandoned, as in the reports),
 * and the calls per topic. No numbers, names or consultants; counts below five suppressed, and
 * topics with fewer than five calls added up as "other topics".
 */
public record PublicSummary(YearMonth from, YearMonth to, List<MonthLine> months, MonthLine total, List<TopicLine> topics) {

    /** {@code answeredShareBase} is answered + abandoned, the base of the share answered. */
    public record MonthLine(String month, PublishedCount calls, PublishedCount answered, PublishedCount answeredShareBase) {

        public String answeredShare() {
            return answeredShareBase.percent(answered.value());
        }
    }

    /** {@code topic} is the topic's code, or null for the other topics added up. */
    public record TopicLine(String topic, PublishedCount calls) {

        public boolean isOther() {
            return topic == null;
        }
    }
}
