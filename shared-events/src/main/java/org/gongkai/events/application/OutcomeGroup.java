package org.gongkai.events.application;

/** The seven groups of 本年度办理结果 in table 三; only the leaves ({@link Outcome}) are counted. */
public enum OutcomeGroup {
    DISCLOSED("（一）予以公开"),
    PARTIALLY_DISCLOSED("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    WITHHELD("（三）不予公开"),
    UNAVAILABLE("（四）无法提供"),
    NOT_PROCESSED("（五）不予处理"),
    OTHER("（六）其他处理");

    private final String label;

    OutcomeGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
