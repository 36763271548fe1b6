package org.gongkai.events.application;

/** Whom the agency consults while the statutory clock stands still (条例 Art. 32 and 34). */
public enum ConsultationParty {
    THIRD_PARTY("第三方"),
    OTHER_AGENCY("其他行政机关");

    private final String label;

    ConsultationParty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
