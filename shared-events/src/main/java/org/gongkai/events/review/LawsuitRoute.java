package org.gongkai.events.review;

/** Whether a lawsuit came straight to court or after a reconsideration: the two lawsuit blocks of table 四. */
public enum LawsuitRoute {
    DIRECT("未经复议直接起诉"),
    AFTER_RECONSIDERATION("复议后起诉");

    private final String label;

    LawsuitRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
