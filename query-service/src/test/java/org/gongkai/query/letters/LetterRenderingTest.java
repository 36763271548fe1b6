package org.gongkai.query.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.letter.LetterKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind of letter and every one of the 21 answers renders, and its DOCX text (read back with POI's extractor)
 * carries the 文号, the agency's name, the dates in Chinese form, the article and, for an answer, the remedy
 * sentence naming the configured review body and court.
 */
class LetterRenderingTest {

    private static final LocalDate DECIDED_2026 = LocalDate.of(2026, 4, 27);
    private static final LetterTexts TEXTS = LetterTexts.load();
    private final LetterComposer composer = new LetterComposer(TEXTS);

    private static LetterComposer.Sender numbered(int sequence) {
        return new LetterComposer.Sender("库普乡", SampleCase.settings(), new LetterRecords.Number(2026, sequence));
    }

    private static String docxText(Letter letter) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(LetterDocx.render(letter)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(LetterKind.class)
    void rendersEveryKindWithItsNumberAgencyDatesAndArticle(LetterKind kind) throws IOException {
        CaseFacts facts = CaseFacts.of(SampleCase.events(Outcome.DISCLOSED, DECIDED_2026));
        LettersDue.Due due = LettersDue.find(facts, kind).orElseThrow();

        Letter letter = composer.compose(kind, due.date(), facts, numbered(7), null);
        String text = docxText(letter);

        assertThat(text)
                .contains("托里县库普乡人民政府")
                .contains(kind.title())
                .contains("库普依申请公开" + kind.mark() + "〔2026〕第7号")
                .contains("《中华人民共和国政府信息公开条例》" + letter.article())
                .contains(LetterComposer.date(due.date()))
                .contains(LetterComposer.BLANK + "：") // the addressee line is left for the clerk
                .doesNotContain("{");
        if (kind != LetterKind.CONSULTATION_LETTER) {
            assertThat(text).contains("2026年3月2日").contains("库普乡团结路1号");
        }
        if (kind != LetterKind.ANSWER) {
            assertThat(text).doesNotContain("行政复议").doesNotContain("行政诉讼");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Outcome.class)
    void rendersAnAnswerForEveryOutcomeWithItsArticleAndRemedy(Outcome outcome) throws IOException {
        CaseFacts facts = CaseFacts.of(SampleCase.events(outcome, DECIDED_2026));
        LetterTexts.Answer answer = TEXTS.answer(outcome);

        String text = docxText(composer.compose(LetterKind.ANSWER, DECIDED_2026, facts, numbered(3), null));

        assertThat(text)
                .contains("库普依申请公开答〔2026〕第3号")
                .contains("2026年4月27日")
                .contains("2026年3月2日")
                .contains("“2025年度村级财务公开情况”")
                .contains("托里县人民政府申请行政复议")
                .contains("向托里县人民法院提起行政诉讼");
        if (answer.article().isEmpty()) {
            assertThat(outcome).isEqualTo(Outcome.OTHER);
        } else {
            assertThat(text).contains("《中华人民共和国政府信息公开条例》" + answer.article());
        }
        boolean refusal = outcome.name().startsWith("WITHHELD_");
        assertThat(text.contains("对行政复议决定不服的")).isEqualTo(refusal || outcome == Outcome.PARTIALLY_DISCLOSED);
        assertThat(text.contains("或者自收到本答复之日起六个月内")).isEqualTo(!refusal);
    }

    @Test
    void aRefusalDatedBefore2024OffersReconsiderationOrLawsuit() throws IOException {
        LocalDate decided = LocalDate.of(2023, 12, 29);
        CaseFacts facts = CaseFacts.of(SampleCase.events(Outcome.WITHHELD_STATE_SECRET, decided));

        String text = docxText(composer.compose(LetterKind.ANSWER, decided, facts, numbered(1), null));

        assertThat(text).contains("或者自收到本答复之日起六个月内向托里县人民法院提起行政诉讼").doesNotContain("对行政复议决定不服的");
    }

    @Test
    void aRefusalDatedOnTheFirstDayOf2024SaysReconsiderationFirst() {
        assertThat(LetterComposer.remedyOf(LetterTexts.Remedy.REFUSAL, LocalDate.of(2024, 1, 1)))
                .isEqualTo(LetterTexts.Remedy.REFUSAL);
        assertThat(LetterComposer.remedyOf(LetterTexts.Remedy.REFUSAL, LocalDate.of(2023, 12, 31)))
                .isEqualTo(LetterTexts.Remedy.GENERAL);
    }

    @Test
    void printsTheAddresseeGivenForThisRenderingAndABlankNumberBeforeAllocation() throws IOException {
        CaseFacts facts = CaseFacts.of(SampleCase.events(null, null));
        LetterComposer.Sender unnumbered = new LetterComposer.Sender("库普乡", SampleCase.settings(), null);

        String text =
                docxText(composer.compose(LetterKind.RECEIPT, SampleCase.RECEIVED, facts, unnumbered, "  某某律师事务所 "));

        assertThat(text).contains("某某律师事务所：").contains("库普依申请公开受〔　　　　〕第　　号");
    }

    @Test
    void withoutSettingsPrintsTheAgencysNameAndBlanksForTheReviewBodyAndCourt() throws IOException {
        CaseFacts facts = CaseFacts.of(SampleCase.events(Outcome.DISCLOSED, DECIDED_2026));
        LetterComposer.Sender bare = new LetterComposer.Sender("库普乡人民政府", null, new LetterRecords.Number(2026, 1));

        String text = docxText(composer.compose(LetterKind.ANSWER, DECIDED_2026, facts, bare, null));

        assertThat(text).contains("库普乡人民政府").contains("答〔2026〕第1号").contains("向" + LetterComposer.BLANK + "申请行政复议");
    }

    @Test
    void theReceiptAndTheAnswerQuoteTheCaseNumberWhereTheCaseHasOne() throws IOException {
        java.util.List<org.gongkai.events.application.ApplicationEvent> events =
                new java.util.ArrayList<>(SampleCase.events(Outcome.DISCLOSED, DECIDED_2026));
        org.gongkai.events.application.ApplicationReceived old =
                (org.gongkai.events.application.ApplicationReceived) events.get(0);
        events.set(
                0,
                new org.gongkai.events.application.ApplicationReceived(
                        old.applicationId(),
                        old.agencyId(),
                        old.receivedOn(),
                        old.channel(),
                        old.applicantType(),
                        old.subject(),
                        old.dueOn(),
                        "库普〔2026〕第12号"));
        CaseFacts numbered = CaseFacts.of(events);
        CaseFacts unnumbered = CaseFacts.of(SampleCase.events(Outcome.DISCLOSED, DECIDED_2026));

        assertThat(docxText(composer.compose(LetterKind.RECEIPT, SampleCase.RECEIVED, numbered, numbered(3), null)))
                .contains("政府信息公开申请（案件编号：库普〔2026〕第12号），申请获取");
        assertThat(docxText(composer.compose(LetterKind.ANSWER, DECIDED_2026, numbered, numbered(4), null)))
                .contains("（案件编号：库普〔2026〕第12号）");
        assertThat(docxText(composer.compose(LetterKind.ANSWER, DECIDED_2026, unnumbered, numbered(5), null)))
                .doesNotContain("案件编号")
                .contains("政府信息公开申请，申请获取");
    }

    @Test
    void theHtmlEscapesWhatItPrints() {
        CaseFacts facts = CaseFacts.of(SampleCase.events(null, null));
        String html = LetterHtml.render(
                composer.compose(LetterKind.RECEIPT, SampleCase.RECEIVED, facts, numbered(2), "<script>x</script>"));

        assertThat(html).contains("&lt;script&gt;x&lt;/script&gt;：").doesNotContain("<script>");
        assertThat(html).contains("库普依申请公开受〔2026〕第2号");
    }
}
