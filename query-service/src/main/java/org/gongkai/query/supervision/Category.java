package org.gongkai.query.supervision;

/** Where one application stands for supervision; the labels are the words assessment schemes use. */
enum Category {
    /** Open, clock running, due today or within the next {@value Supervision#DUE_SOON_WORKING_DAYS} working days. */
    DUE_SOON("即将逾期", "Due soon"),
    /** Open and past its due date (a stopped clock has no due date and is never overdue). */
    OVERDUE_OPEN("逾期未办理", "Overdue, not answered"),
    /** Answered inside the period after its due date. */
    ANSWERED_LATE("逾期已办理", "Answered late"),
    /** Answered inside the period on or before its due date. */
    ANSWERED_ON_TIME("按期办理", "Answered on time");

    private final String label;
    private final String english;

    Category(String label, String english) {
        this.label = label;
        this.english = english;
    }

    String label() {
        return label;
    }

    String english() {
        return english;
    }
}
