package org.gongkai.events.application;

/**
 * How an application was closed: exactly one of the 21 leaf rows of table 三, in table order (DOMAIN.md §4,
 * §6.5). 部分公开 is exclusive: a partly granted request is never also counted as withheld.
 */
public enum Outcome {
    DISCLOSED(OutcomeGroup.DISCLOSED, "（一）予以公开"),
    PARTIALLY_DISCLOSED(OutcomeGroup.PARTIALLY_DISCLOSED, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    WITHHELD_STATE_SECRET(OutcomeGroup.WITHHELD, "1.属于国家秘密"),
    WITHHELD_PROHIBITED_BY_LAW(OutcomeGroup.WITHHELD, "2.其他法律行政法规禁止公开"),
    WITHHELD_SAFETY_STABILITY(OutcomeGroup.WITHHELD, "3.危及“三安全一稳定”"),
    WITHHELD_THIRD_PARTY_RIGHTS(OutcomeGroup.WITHHELD, "4.保护第三方合法权益"),
    WITHHELD_INTERNAL_AFFAIRS(OutcomeGroup.WITHHELD, "5.属于三类内部事务信息"),
    WITHHELD_PROCESS_INFORMATION(OutcomeGroup.WITHHELD, "6.属于四类过程性信息"),
    WITHHELD_ENFORCEMENT_CASE_FILE(OutcomeGroup.WITHHELD, "7.属于行政执法案卷"),
    WITHHELD_ADMINISTRATIVE_INQUIRY(OutcomeGroup.WITHHELD, "8.属于行政查询事项"),
    UNAVAILABLE_NOT_HELD(OutcomeGroup.UNAVAILABLE, "1.本机关不掌握相关政府信息"),
    UNAVAILABLE_NEEDS_CREATION(OutcomeGroup.UNAVAILABLE, "2.没有现成信息需要另行制作"),
    UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT(OutcomeGroup.UNAVAILABLE, "3.补正后申请内容仍不明确"),
    NOT_PROCESSED_PETITION_COMPLAINT(OutcomeGroup.NOT_PROCESSED, "1.信访举报投诉类申请"),
    NOT_PROCESSED_DUPLICATE(OutcomeGroup.NOT_PROCESSED, "2.重复申请"),
    NOT_PROCESSED_PUBLICATION(OutcomeGroup.NOT_PROCESSED, "3.要求提供公开出版物"),
    NOT_PROCESSED_EXCESSIVE(OutcomeGroup.NOT_PROCESSED, "4.无正当理由大量反复申请"),
    NOT_PROCESSED_CONFIRMATION(OutcomeGroup.NOT_PROCESSED, "5.要求行政机关确认或重新出具已获取信息"),
    OTHER_NO_SUPPLEMENT(OutcomeGroup.OTHER, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    OTHER_FEE_UNPAID(OutcomeGroup.OTHER, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    OTHER(OutcomeGroup.OTHER, "3.其他");

    private final OutcomeGroup group;
    private final String label;

    Outcome(OutcomeGroup group, String label) {
        this.group = group;
        this.label = label;
    }

    public OutcomeGroup group() {
        return group;
    }

    /** The row label printed in table 三 (2021 format), exactly. */
    public String label() {
        return label;
    }
}
