package org.gongkai.query.document;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.query.application.ProcessingFees;

/**
 * Writes sample documents (the all-zero 库普乡 2021 report, 平潭 2022 with fees, its 2020 trial-format twin and a
 * quarterly report) to a directory, to look at them with docs/scripts/render-pdf.sh. Not a test; run with
 * {@code java -cp <test classpath> org.gongkai.query.document.SampleDocuments target/samples}.
 */
public final class SampleDocuments {

    private SampleDocuments() {}

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/samples"));
        write(dir, "kupu-2021", Reports.zero(2021));
        write(dir, "pingtan-2022", Reports.pingtan(2022, new ProcessingFees(2, new BigDecimal("1350.00"))));
        write(dir, "pingtan-2020", Reports.pingtan(2020, Reports.NO_FEES));
        Layout quarterly = StatisticsLayout.of(StatisticsLayoutTest.secondQuarter());
        Files.write(dir.resolve("kupu-2024-q2.docx"), DocxRenderer.render(quarterly));
        Files.writeString(dir.resolve("kupu-2024-q2.html"), HtmlRenderer.render(quarterly));
    }

    private static void write(Path dir, String name, Sources.Annual source) throws IOException {
        Layout layout = AnnualLayout.of(source);
        Files.write(dir.resolve(name + ".docx"), DocxRenderer.render(layout));
        Files.writeString(dir.resolve(name + ".html"), HtmlRenderer.render(layout));
        Files.write(dir.resolve(name + ".csv"), CsvRenderer.annual(source));
    }
}
