package org.gongkai.standalone.bench;

import java.net.http.HttpResponse;

/** Sequential report reads after a warm-up: one agency's annual report, and the roll-up over a whole subtree. */
final class Reports {

    record Result(double p50Ms, double p99Ms, int requests) {}

    private Reports() {}

    static Result measure(Http http, String path, int warmUp, int requests) {
        Latencies latencies = new Latencies();
        for (int i = 0; i < warmUp + requests; i++) {
            long sent = System.nanoTime();
            HttpResponse<String> answer = http.get(path);
            long answered = System.nanoTime();
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(
                        "GET " + path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            if (i >= warmUp) {
                latencies.add(answered - sent);
            }
        }
        return new Result(latencies.percentileMs(50), latencies.percentileMs(99), requests);
    }
}
