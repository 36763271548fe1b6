package org.gongkai.query.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gongkai.query.application.ProcessingFees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DOCX as Word users will open it: LibreOffice converts it to PDF and the PDF's text carries the title, the six
 * sections, the tables' labels and the numbers. Skipped only where LibreOffice or poppler is not installed; the
 * pages are also rendered to PNG under target/rendered-pages for a person to look at.
 */
class LibreOfficeRenderingIT {

    @TempDir
    static Path work;

    /** Per test, not per class: a class-level skip would vanish from the counts instead of showing as skipped. */
    @BeforeEach
    void toolsPresent() {
        assumeTrue(
                onPath("libreoffice") && onPath("pdftotext") && onPath("pdftoppm"),
                "LibreOffice and poppler-utils are not installed");
    }

    @Test
    void convertsTheAllZeroTownshipReportToPdfWithEverySectionAndTable() throws Exception {
        String text = pdfText("kupu-2021", DocxRenderer.render(AnnualLayout.of(Reports.zero(2021))));

        assertThat(text).contains("政府信息公开工作2021年度报告", "托里县库普乡人民政府", "2022年1月20日");
        assertThat(text).contains(OfficialLabels.SECTIONS.toArray(String[]::new));
        assertThat(text)
                .contains(
                        "行政许可",
                        "行政处罚",
                        "行政强制",
                        "行政事业性收费",
                        "自然人",
                        "商业企业",
                        "科研机构",
                        "社会公益组织",
                        "法律服务机构",
                        "总计",
                        "（一）予以公开",
                        "（七）总计",
                        "四、结转下年度继续办理");
        assertThat(text).contains("结果维持", "结果纠正", "其他结果", "尚未审结");
        assertThat(text).contains("本年度收取信息处理费情况：无。");
    }

    @Test
    void convertsTheExampleReportWithItsNumbersInTheTables() throws Exception {
        String text = pdfText(
                "pingtan-2022",
                DocxRenderer.render(
                        AnnualLayout.of(Reports.pingtan(2022, new ProcessingFees(3, new BigDecimal("1080.50"))))));

        assertThat(text).contains("政府信息公开工作2022年度报告");
        assertThat(text).contains(OfficialLabels.SECTIONS.toArray(String[]::new));
        long received = Reports.pingtanJson()
                .path("applications")
                .path("RECEIVED")
                .get(6)
                .asLong();
        assertThat(text).contains(String.valueOf(received));
        assertThat(text).contains("合计1080.5元");
    }

    @Test
    void convertsTheQuarterlyStatisticsWithTheQuarterAndTheYearToDate() throws Exception {
        String text =
                pdfText("kupu-2024-q2", DocxRenderer.render(StatisticsLayout.of(StatisticsLayoutTest.secondQuarter())));

        assertThat(text)
                .contains(
                        "政府信息公开统计报表（2024年第二季度）",
                        "一、本季度收到和处理政府信息公开申请情况",
                        "一、本季度新收政府信息公开申请数量",
                        "四、结转下季度继续办理",
                        "三、本年累计收到和处理政府信息公开申请情况（2024年1月1日至6月30日）",
                        "一、本年累计新收政府信息公开申请数量");
    }

    /** DOCX → PDF (LibreOffice, private profile) → text (pdftotext) and PNG pages (pdftoppm). */
    private static String pdfText(String name, byte[] docx) throws IOException, InterruptedException {
        Path source = work.resolve(name + ".docx");
        Files.write(source, docx);
        run(List.of(
                "libreoffice",
                "-env:UserInstallation=" + work.resolve("profile").toUri(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                work.toString(),
                source.toString()));
        Path pdf = work.resolve(name + ".pdf");
        assertThat(pdf).as("LibreOffice made a PDF of %s", name).exists();
        Path pages = Path.of("target", "rendered-pages");
        Files.createDirectories(pages);
        run(List.of(
                "pdftoppm",
                "-r",
                "60",
                "-png",
                pdf.toString(),
                pages.resolve(name).toString()));
        Path text = work.resolve(name + ".txt");
        run(List.of("pdftotext", pdf.toString(), text.toString()));
        // table cells wrap long labels: compare without the line breaks
        return Files.readString(text, StandardCharsets.UTF_8).replaceAll("\\s+", "");
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("tool.log").toFile())
                .start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS))
                .as("%s finished in time", command.get(0))
                .isTrue();
        assertThat(process.exitValue())
                .as("%s: %s", command, Files.readString(work.resolve("tool.log")))
                .isZero();
    }

    private static boolean onPath(String tool) {
        List<String> dirs =
                new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        return dirs.stream().anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
