package org.gongkai.query.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.letter.LetterKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answer and the fee notice as the clerk will print them: LibreOffice converts the DOCX to PDF, whose text
 * carries the letterhead, the 文号, the dates, the article and the remedy sentence. The pages are also rendered to
 * PNG under target/rendered-pages for a person to look at. Skipped where LibreOffice or poppler is missing.
 */
class LetterPdfRenderingIT {

    @TempDir
    static Path work;

    private final LetterComposer composer = new LetterComposer(LetterTexts.load());

    @BeforeEach
    void toolsPresent() {
        assumeTrue(
                onPath("libreoffice") && onPath("pdftotext") && onPath("pdftoppm"),
                "LibreOffice and poppler-utils are not installed");
    }

    @Test
    void printsARefusalWithTheReconsiderationFirstSentence() throws Exception {
        LocalDate decided = LocalDate.of(2026, 4, 27);
        CaseFacts facts = CaseFacts.of(SampleCase.events(Outcome.WITHHELD_PROCESS_INFORMATION, decided));
        Letter letter = composer.compose(LetterKind.ANSWER, decided, facts, sender(), null);

        String text = pdfText("letter-answer", LetterDocx.render(letter));

        assertThat(text)
                .contains("托里县库普乡人民政府", "政府信息公开申请答复书", "库普依申请公开答〔2026〕第12号")
                .contains("2026年4月27日", "2026年3月2日")
                .contains("第十六条第二款、第三十六条第（三）项")
                .contains("向托里县人民政府申请行政复议；对行政复议决定不服的")
                .contains("向托里县人民法院提起行政诉讼");
    }

    @Test
    void printsTheFeeNoticeWithTheAmountAndThePaymentDate() throws Exception {
        CaseFacts facts = CaseFacts.of(SampleCase.events(null, null));
        Letter letter = composer.compose(LetterKind.FEE_NOTICE, LocalDate.of(2026, 4, 3), facts, sender(), null);

        String text = pdfText("letter-fee-notice", LetterDocx.render(letter));

        assertThat(text)
                .contains("政府信息公开信息处理费收费通知书", "库普依申请公开费〔2026〕第12号")
                .contains("按量计收", "4700.00元", "2026年5月7日前", "第四十二条")
                .doesNotContain("行政复议");
    }

    private static LetterComposer.Sender sender() {
        return new LetterComposer.Sender("库普乡", SampleCase.settings(), new LetterRecords.Number(2026, 12));
    }

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
        return List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
