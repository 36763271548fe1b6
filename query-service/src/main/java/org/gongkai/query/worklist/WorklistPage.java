package org.gongkai.query.worklist;

import java.util.List;

/** One page of the worklist, how many applications the whole view holds and how many of them are overdue. */
record WorklistPage(
        List<WorklistItem> items,
        long total,
        long overdue,
        int page,
        int size,
        int pages,
        String sort,
        String dir,
        String q) {

    static WorklistPage of(List<WorklistItem> items, long total, long overdue, WorklistQuery query) {
        int pages = (int) Math.max(1, (total + query.size() - 1) / query.size());
        return new WorklistPage(
                items,
                total,
                overdue,
                query.page(),
                query.size(),
                pages,
                query.sortKey(),
                query.descending() ? "desc" : "asc",
                query.q());
    }
}
