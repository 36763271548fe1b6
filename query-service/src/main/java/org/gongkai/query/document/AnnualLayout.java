package org.gongkai.query.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.query.document.Layout.Block;
import org.gongkai.query.document.Layout.Heading;
import org.gongkai.query.document.Layout.Paragraph;
import org.gongkai.query.report.Report;

/**
 * The annual report (政府信息公开工作年度报告) in the national layout: title, sections 一 to 六 in order with
 * tables 二, 三 and 四, and the signature. Report years from 2021 use the 2021 format, 2019–2020 the trial
 * format (same sections; table 二 in its old shape, table 三 with （六）其他处理 as one row).
 */
final class AnnualLayout {

    private AnnualLayout() {}

    static String title(String agencyName, int year) {
        return agencyName + "政府信息公开工作" + year + "年度报告";
    }

    static Layout of(Sources.Annual source) {
        Report report = source.report();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading("一、总体情况"));
        String overview = staff(report, "OVERVIEW");
        if (overview == null) {
            Narrative.overviewDraft(report).forEach(text -> blocks.add(new Paragraph(text)));
        } else {
            paragraphs(overview, blocks);
        }
        blocks.add(new Heading("二、主动公开政府信息情况"));
        blocks.add(NationalTables.proactive(report.proactive(), report.format()));
        blocks.add(new Heading("三、收到和处理政府信息公开申请情况"));
        blocks.add(NationalTables.applications(report.applications(), report.format(), Map.of()));
        blocks.add(new Heading("四、政府信息公开行政复议、行政诉讼情况"));
        blocks.add(NationalTables.reviews(report.reviews()));
        blocks.add(new Heading("五、存在的主要问题及改进情况"));
        String problems = staff(report, "PROBLEMS");
        if (problems == null) {
            blocks.add(new Paragraph(Narrative.TO_BE_WRITTEN));
        } else {
            paragraphs(problems, blocks);
        }
        blocks.add(new Heading("六、其他需要报告的事项"));
        // the fee statement is always printed from the fee facts, whatever staff wrote (DOMAIN.md §2, §8)
        blocks.add(new Paragraph(Narrative.fees(source.fees())));
        String other = staff(report, "OTHER_MATTERS");
        if (other == null) {
            blocks.add(new Paragraph("其他需要报告的事项" + Narrative.TO_BE_WRITTEN));
        } else {
            paragraphs(other, blocks);
        }
        return new Layout(
                title(source.agencyName(), report.year()),
                Layout.titleLines(source.agencyName(), title("", report.year())),
                blocks,
                source.agencyName(),
                source.signedOn());
    }

    /** The staff text of a section, or null when none was written (the report then shows the draft). */
    private static String staff(Report report, String section) {
        String text = report.narrative() == null ? null : report.narrative().get(section);
        return text == null || text.isBlank() ? null : text;
    }

    /** One paragraph per non-empty line, as staff typed them. */
    private static void paragraphs(String text, List<Block> blocks) {
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                blocks.add(new Paragraph(line.strip()));
            }
        }
    }
}
