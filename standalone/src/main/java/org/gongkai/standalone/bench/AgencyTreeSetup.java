package org.gongkai.standalone.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Registers the benchmark's agencies through the API: one root, ten children under it, the rest spread under those
 * ten; every agency later receives applications, so a subtree report sums over 1,000 agencies with data.
 */
final class AgencyTreeSetup {

    private AgencyTreeSetup() {}

    /** The ids in registration order; the first is the root. */
    static List<String> register(Http http, int count, Bench.Log log) throws Exception {
        List<String> ids = new ArrayList<>();
        String root = "bench-root";
        http.post("/api/agencies", Map.of("agencyId", root, "name", "基准测试市人民政府"));
        ids.add(root);
        List<String> middle = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            middle.add("bench-district-" + i);
        }
        registerAll(http, middle, i -> root, ids);
        List<String> leaves = new ArrayList<>();
        for (int i = 0; i < count - 11; i++) {
            leaves.add("bench-office-" + i);
        }
        registerAll(http, leaves, i -> middle.get(i % middle.size()), ids);
        log.say("registered " + ids.size() + " agencies (1 root, 10 districts, " + leaves.size() + " offices)");
        return ids;
    }

    private static void registerAll(
            Http http, List<String> agencies, java.util.function.IntFunction<String> parent, List<String> ids)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < agencies.size(); i++) {
                String id = agencies.get(i);
                String parentId = parent.apply(i);
                done.add(pool.submit(() -> http.post(
                        "/api/agencies", Map.of("agencyId", id, "name", "基准测试单位 " + id, "parentAgencyId", parentId))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        ids.addAll(agencies);
    }
}
