package org.gongkai.events.proactive;

/**
 * Decisions counted in table 二 that other systems produce by the hundred thousand, so they arrive as tallies
 * for a period rather than one event each (DOMAIN.md §3).
 */
public enum TallyCategory {
    LICENSING("行政许可"),
    PENALTY("行政处罚"),
    ENFORCEMENT("行政强制");

    private final String label;

    TallyCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
