package org.gongkai.query.versions;

import java.time.LocalDate;
import java.time.MonthDay;
import org.gongkai.events.agency.AgencyLevel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The day by which an agency publishes its report of a year. 条例 Art. 49: "县级以上人民政府部门应当在每年1月31日前向本级
 * 政府信息公开工作主管部门提交本行政机关上一年度政府信息公开工作年度报告并向社会公布。县级以上地方人民政府的政府信息公开工作主管部门应当
 * 在每年3月31日前向社会公布本级政府上一年度政府信息公开工作年度报告。" So a department publishes by 31 January, a county-level
 * or higher government's own report by 31 March; townships follow local deadlines, 15 February by default
 * [practice]. All are configurable as month-day ({@code MM-dd}).
 */
@Component
public class ReportDeadlines {

    private final MonthDay department;
    private final MonthDay government;
    private final MonthDay township;

    public ReportDeadlines(
            @Value("${gongkai.report.deadline.county-and-above:01-31}") String department,
            @Value("${gongkai.report.deadline.government:03-31}") String government,
            @Value("${gongkai.report.deadline.township:02-15}") String township) {
        this.department = MonthDay.parse("--" + department);
        this.government = MonthDay.parse("--" + government);
        this.township = MonthDay.parse("--" + township);
    }

    /** The deadline of the report of {@code year}; an agency without a level gets the department's (earliest). */
    public LocalDate deadline(AgencyLevel level, int year) {
        MonthDay day = level == null
                ? department
                : switch (level) {
                    case PROVINCE, CITY, COUNTY -> government;
                    case TOWNSHIP -> township;
                    case DEPARTMENT -> department;
                };
        return day.atYear(year + 1);
    }
}
