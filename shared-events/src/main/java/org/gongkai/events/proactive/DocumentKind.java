package org.gongkai.events.proactive;

/** The two kinds of regulatory document counted in table 二, 第二十条第（一）项. */
public enum DocumentKind {
    RULE("规章"),
    NORMATIVE_DOCUMENT("行政规范性文件");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
