package org.gongkai.events.calendar;

/** Whether an application's clock is running and so whether a due date can be stated. */
public enum ClockStatus {
    /** The due date is known. */
    RUNNING("计时中"),
    /** A supplement was requested and has not arrived: the clock is stopped until it does (条例 Art. 30). */
    AWAITING_SUPPLEMENT("等待补正，计时中止"),
    /** A consultation is open: its time does not count (条例 Art. 33 para. 2), so the due date is pending. */
    CONSULTATION_OPEN("征求意见中，期限暂停计算");

    private final String label;

    ClockStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
