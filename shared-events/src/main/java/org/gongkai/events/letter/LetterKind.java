package org.gongkai.events.letter;

/**
 * The letters a disclosure application calls for (issue 16), with the title a letter prints and the one-character
 * mark that keeps each kind's number series apart in a 文号 (e.g. 库普依申请公开答〔2026〕第3号).
 */
public enum LetterKind {
    RECEIPT("政府信息公开申请登记回执", "受"),
    SUPPLEMENT_NOTICE("政府信息公开申请补正告知书", "补"),
    EXTENSION_NOTICE("政府信息公开申请延期答复告知书", "延"),
    CONSULTATION_LETTER("政府信息公开征求意见函", "征"),
    CONSULTATION_NOTICE("征求意见告知书", "告"),
    FEE_NOTICE("政府信息公开信息处理费收费通知书", "费"),
    ANSWER("政府信息公开申请答复书", "答");

    private final String title;
    private final String mark;

    LetterKind(String title, String mark) {
        this.title = title;
        this.mark = mark;
    }

    public String title() {
        return title;
    }

    public String mark() {
        return mark;
    }
}
