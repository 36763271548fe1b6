package org.gongkai.events.calendar;

/** Whether an application's clock is running and so whether a due date can be stated. */
public enum ClockStatus {
    /** The due date is known. */
    RUNNING("计时中", "clock running"),
    /** A supplement was requested and has not arrived: the clock is stopped until it does (条例 Art. 30). */
    AWAITING_SUPPLEMENT("等待补正，计时中止", "awaiting a supplement, clock stopped"),
    /** A consultation is open: its time does not count (条例 Art. 33 para. 2), so the due date is pending. */
    CONSULTATION_OPEN("征求意见中，期限暂停计算", "consultation open, clock paused"),
    /** A fee was notified and not yet paid: the time until payment does not count (国办函〔2020〕109号, ADR 0030). */
    AWAITING_PAYMENT("等待缴纳信息处理费，期限暂停计算", "awaiting the fee payment, clock paused");

    private final String label;
    private final String english;

    ClockStatus(String label, String english) {
        this.label = label;
        this.english = english;
    }

    /** The status in English, for explanations read in English. */
    public String english() {
        return english;
    }

    public String label() {
        return label;
    }
}
