package org.gongkai.query.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationEvent;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.ApplicationWithdrawn;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.DecisionCorrected;
import org.gongkai.events.application.DecisionRecorded;
import org.gongkai.events.application.Outcome;

/**
 * Random histories of receipts, decisions, corrections and withdrawals over three agencies and three years (2023 to
 * 2025), delivered interleaved and partly twice, as an at-least-once topic delivers them.
 */
final class RandomHistories {

    static final LocalDate START = LocalDate.of(2023, 1, 1);
    static final int FIRST_YEAR = 2023;
    static final int LAST_YEAR = 2025;
    static final int MAX_APPLICATIONS = 40;

    /** One application's life: receipt, then optionally (a negative gap means never) a decision, a correction, a withdrawal. */
    record Life(
            int agency,
            int type,
            int receivedDay,
            int decideAfter,
            int outcome,
            int correctAfter,
            int correctedOutcome,
            int withdrawAfter) {}

    /** An event with its position in its aggregate, as delivered. */
    record Delivery(String aggregate, long sequence, ApplicationEvent event) {}

    /** The lives, their agencies' ids and the order in which their events arrive. */
    record History(List<String> agencies, List<Life> lives, List<Delivery> deliveries) {

        @Override
        public String toString() {
            return "History[agencies=" + agencies + ", lives=" + lives + ", " + deliveries.size() + " deliveries]";
        }
    }

    private RandomHistories() {}

    /** A history whose ids all start with {@code prefix}, so several can share one database. */
    static History draw(SplittableRandom random, String prefix) {
        List<String> agencies = List.of(prefix + "a", prefix + "b", prefix + "c");
        List<Life> lives = new ArrayList<>();
        int size = random.nextInt(0, MAX_APPLICATIONS + 1);
        for (int i = 0; i < size; i++) {
            lives.add(new Life(
                    random.nextInt(0, 3),
                    random.nextInt(0, ApplicantType.values().length),
                    random.nextInt(0, 3 * 365),
                    maybe(random),
                    random.nextInt(0, Outcome.values().length),
                    maybe(random),
                    random.nextInt(0, Outcome.values().length),
                    maybe(random)));
        }
        return new History(agencies, lives, deliveries(prefix, agencies, lives, random));
    }

    // A third never happen: a uniform draw over -1..200 would almost never leave an application undecided or
    // unwithdrawn, and those are the lives the carry-over identities are about.
    private static int maybe(SplittableRandom random) {
        return random.nextInt(3) == 0 ? -1 : random.nextInt(0, 201);
    }

    private static List<Delivery> deliveries(
            String prefix, List<String> agencies, List<Life> lives, SplittableRandom random) {
        Map<String, List<ApplicationEvent>> streams = new LinkedHashMap<>();
        for (int i = 0; i < lives.size(); i++) {
            String id = prefix + "app-" + i;
            streams.put(id, events(id, agencies, lives.get(i)));
        }
        // Interleave streams keeping each one's order; sometimes deliver an already sent event again.
        List<Delivery> out = new ArrayList<>();
        Map<String, Integer> next = new HashMap<>();
        List<String> pending = new ArrayList<>(streams.keySet());
        while (!pending.isEmpty()) {
            String id = pending.get(random.nextInt(pending.size()));
            int position = next.merge(id, 1, Integer::sum) - 1;
            out.add(new Delivery(id, position, streams.get(id).get(position)));
            if (random.nextInt(5) == 0) {
                int again = random.nextInt(position + 1);
                out.add(new Delivery(id, again, streams.get(id).get(again)));
            }
            if (position + 1 == streams.get(id).size()) {
                pending.remove(id);
            }
        }
        return out;
    }

    private static List<ApplicationEvent> events(String id, List<String> agencies, Life life) {
        LocalDate received = START.plusDays(life.receivedDay());
        List<ApplicationEvent> events = new ArrayList<>();
        events.add(new ApplicationReceived(
                id,
                agencies.get(life.agency()),
                received,
                Channel.ONLINE,
                ApplicantType.values()[life.type()],
                null,
                received.plusDays(28)));
        LocalDate last = received;
        if (life.decideAfter() >= 0) {
            last = received.plusDays(life.decideAfter());
            events.add(new DecisionRecorded(id, Outcome.values()[life.outcome()], last));
            if (life.correctAfter() >= 0) {
                last = last.plusDays(life.correctAfter());
                events.add(new DecisionCorrected(id, Outcome.values()[life.correctedOutcome()], last, "fix"));
            }
        }
        if (life.withdrawAfter() >= 0) {
            events.add(new ApplicationWithdrawn(id, last.plusDays(life.withdrawAfter())));
        }
        return events;
    }
}
