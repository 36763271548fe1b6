package org.gongkai.query.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.events.application.ConsultationParty;
import org.gongkai.events.letter.LetterKind;

/**
 * Writes a letter from the case's facts, the agency's letter settings and the letter's number, in the words of
 * {@link LetterTexts}. Pure: the same inputs make the same letter, and nothing here is stored or logged.
 */
final class LetterComposer {

    /** Printed where a part is not known: the clerk fills it in by hand. */
    static final String BLANK = "＿＿＿＿＿＿";

    /** The date from which a refusal's remedy sentence says reconsideration first (revised 行政复议法, Art. 23). */
    static final LocalDate RECONSIDERATION_FIRST_FROM = LocalDate.of(2024, 1, 1);

    private static final String UNNUMBERED = "〔　　　　〕第　　号";

    private final LetterTexts texts;

    LetterComposer(LetterTexts texts) {
        this.texts = texts;
    }

    /** The context of one rendering. {@code number} is null before the command side allocated one. */
    record Sender(String agencyName, LetterSettings settings, LetterRecords.Number number) {}

    Letter compose(LetterKind kind, LocalDate date, CaseFacts facts, Sender sender, String addressee) {
        LetterSettings settings = sender.settings();
        String letterhead = settings != null ? settings.letterheadName() : sender.agencyName();
        Map<String, String> values = values(facts, settings);
        values.put("decidedOn", date(date));
        List<String> paragraphs = new ArrayList<>();
        String article;
        String remedy = null;
        if (kind == LetterKind.ANSWER) {
            LetterTexts.Answer answer = texts.answer(facts.outcome());
            article = answer.article();
            values.put("article", article);
            paragraphs.add(LetterTexts.fill(texts.notice("opening"), values));
            paragraphs.add(LetterTexts.fill(answer.text(), values));
            remedy = LetterTexts.fill(texts.notice("remedy." + remedyOf(answer.remedy(), date)), values);
            paragraphs.add(remedy);
        } else {
            String key = kind == LetterKind.CONSULTATION_LETTER
                    ? kind.name() + "." + facts.consultationParty().name()
                    : kind.name();
            article = texts.notice(key + ".article");
            values.put("article", article);
            if (kind != LetterKind.RECEIPT && kind != LetterKind.CONSULTATION_LETTER) {
                paragraphs.add(LetterTexts.fill(texts.notice("opening"), values));
            }
            paragraphs.add(LetterTexts.fill(texts.notice(key + ".text"), values));
        }
        if (kind != LetterKind.CONSULTATION_LETTER) {
            paragraphs.add(LetterTexts.fill(texts.notice("office"), values));
        }
        return new Letter(
                kind,
                letterhead,
                kind.title(),
                number(kind, settings, sender.number()),
                addressee == null || addressee.isBlank() ? BLANK : addressee.strip(),
                paragraphs,
                letterhead,
                date,
                article,
                remedy);
    }

    /** ADR 0029: before 2024 every answer takes the general sentence; from then a refusal says reconsideration first. */
    static LetterTexts.Remedy remedyOf(LetterTexts.Remedy declared, LocalDate date) {
        return date.isBefore(RECONSIDERATION_FIRST_FROM) ? LetterTexts.Remedy.GENERAL : declared;
    }

    static String number(LetterKind kind, LetterSettings settings, LetterRecords.Number number) {
        String prefix =
                (settings == null || settings.documentNumberPrefix() == null ? "" : settings.documentNumberPrefix())
                        + kind.mark();
        if (number == null) {
            return prefix + UNNUMBERED;
        }
        return prefix + "〔" + number.year() + "〕第" + number.sequence() + "号";
    }

    static String date(LocalDate date) {
        return date == null ? BLANK : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private Map<String, String> values(CaseFacts facts, LetterSettings settings) {
        Map<String, String> values = new HashMap<>();
        values.put("receivedOn", date(facts.receivedOn()));
        // the number a person can say (ADR 0034), so the applicant can quote it; none for cases recorded before it
        values.put("caseRef", facts.caseNumber() == null ? "" : "（案件编号：" + facts.caseNumber() + "）");
        values.put("subject", facts.subject() == null || facts.subject().isBlank() ? "（见申请书）" : facts.subject());
        values.put("channel", facts.channel() == null ? BLANK : facts.channel().label());
        values.put("dueOn", date(facts.extension() != null ? facts.extension().dueOn() : facts.firstDueOn()));
        if (facts.supplement() != null) {
            values.put("requestedOn", date(facts.supplement().requestedOn()));
            values.put("supplementDueOn", date(facts.supplement().supplementDueOn()));
        }
        if (facts.extension() != null) {
            values.put("extendedOn", date(facts.extension().extendedOn()));
            values.put("workingDays", String.valueOf(facts.extension().workingDays()));
            values.put(
                    "reason",
                    facts.extension().reason() == null
                            ? BLANK
                            : facts.extension().reason());
        }
        if (facts.consultation() != null) {
            values.put("startedOn", date(facts.consultation().startedOn()));
            ConsultationParty party = facts.consultationParty();
            values.put("party", texts.notice("party." + party.name()));
        }
        if (facts.fee() != null) {
            values.put("issuedOn", date(facts.fee().issuedOn()));
            values.put("amountYuan", facts.feeYuan().setScale(2).toPlainString());
            values.put("scheme", facts.feeScheme().label());
            values.put("paymentDueOn", date(facts.fee().paymentDueOn()));
        }
        values.put("officeAddress", orBlank(settings == null ? null : settings.officeAddress()));
        values.put("officeHours", orBlank(settings == null ? null : settings.officeHours()));
        values.put("reconsiderationBody", orBlank(settings == null ? null : settings.reconsiderationBody()));
        values.put("court", orBlank(settings == null ? null : settings.court()));
        return values;
    }

    private static String orBlank(String text) {
        return text == null || text.isBlank() ? BLANK : text;
    }
}
