package org.gongkai.events.calendar;

/** What an annual State Council General Office notice says about one date. */
public enum DayKind {
    /** A date inside an announced off range (放假): not a working day, even on a weekday. */
    HOLIDAY("放假"),
    /** A weekend date announced as a working day (调休上班): a working day. */
    WORKDAY("调休上班");

    private final String label;

    DayKind(String label) {
        this.label = label;
    }

    /** The word the notices use. */
    public String label() {
        return label;
    }
}
