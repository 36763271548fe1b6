package org.gongkai.query.document;

import java.util.List;

/** Every label the 2021 national format prints, exactly (DOMAIN.md §2–5), for the renderer tests. */
final class OfficialLabels {

    static final List<String> SECTIONS = List.of(
            "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

    static final List<String> TABLE_TWO = List.of(
            "第二十条第（一）项",
            "信息内容",
            "本年制发件数",
            "本年废止件数",
            "现行有效件数",
            "规章",
            "行政规范性文件",
            "第二十条第（五）项",
            "本年处理决定数量",
            "行政许可",
            "第二十条第（六）项",
            "行政处罚",
            "行政强制",
            "第二十条第（八）项",
            "本年收费金额（单位：万元）",
            "行政事业性收费");

    static final List<String> TABLE_THREE_HEADER = List.of(
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
            "申请人情况",
            "自然人",
            "法人或其他组织",
            "商业企业",
            "科研机构",
            "社会公益组织",
            "法律服务机构",
            "其他",
            "总计");

    /** The 25 data rows' own labels in table order (the group labels are separate cells). */
    static final List<String> TABLE_THREE_ROWS = List.of(
            "一、本年新收政府信息公开申请数量",
            "二、上年结转政府信息公开申请数量",
            "（一）予以公开",
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            "1.属于国家秘密",
            "2.其他法律行政法规禁止公开",
            "3.危及“三安全一稳定”",
            "4.保护第三方合法权益",
            "5.属于三类内部事务信息",
            "6.属于四类过程性信息",
            "7.属于行政执法案卷",
            "8.属于行政查询事项",
            "1.本机关不掌握相关政府信息",
            "2.没有现成信息需要另行制作",
            "3.补正后申请内容仍不明确",
            "1.信访举报投诉类申请",
            "2.重复申请",
            "3.要求提供公开出版物",
            "4.无正当理由大量反复申请",
            "5.要求行政机关确认或重新出具已获取信息",
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "3.其他",
            "（七）总计",
            "四、结转下年度继续办理");

    static final List<String> TABLE_THREE_GROUPS = List.of("三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理");

    static final List<String> TABLE_FOUR =
            List.of("行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    private OfficialLabels() {}
}
