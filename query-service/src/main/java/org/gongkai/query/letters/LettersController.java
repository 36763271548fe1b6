package org.gongkai.query.letters;

import java.util.List;
import java.util.Map;
import org.gongkai.events.InputLimits;
import org.gongkai.events.letter.LetterKind;
import org.gongkai.query.agency.InvalidParameter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The letters of a case (issue 16): which its facts call for, and each rendered as DOCX or printable HTML. The
 * optional {@code addressee} is used for the one rendering it is sent with and then dropped: it is not stored,
 * not logged (no request logging of query strings here, and no problem repeats it) and the answer says
 * {@code Cache-Control: no-store} so no cache keeps the rendered letter.
 */
@RestController
class LettersController {

    /** One letter the facts call for; {@code number} is null until the command side allocated one. */
    record LetterDue(
            LetterKind kind,
            String title,
            java.time.LocalDate date,
            String status,
            String number,
            Map<String, String> links) {}

    private static final int ADDRESSEE_MAX_LENGTH = 200;
    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final LetterRecords records;
    private final LetterComposer composer = new LetterComposer(LetterTexts.load());

    LettersController(LetterRecords records) {
        this.records = records;
    }

    @GetMapping("/api/applications/{applicationId}/letters")
    @Transactional(readOnly = true)
    List<LetterDue> list(@PathVariable String applicationId) {
        String agencyId = agencyOf(applicationId);
        CaseFacts facts = CaseFacts.of(records.facts(applicationId));
        var numbers = records.numbers(applicationId);
        LetterSettings settings = records.settings(agencyId).orElse(null);
        String base = "/api/applications/" + applicationId + "/letters/";
        return LettersDue.of(facts).stream()
                .map(due -> {
                    LetterRecords.Number number = numbers.get(due.kind());
                    return new LetterDue(
                            due.kind(),
                            due.kind().title(),
                            due.date(),
                            number == null ? "DUE" : "NUMBERED",
                            number == null ? null : LetterComposer.number(due.kind(), settings, number),
                            Map.of(
                                    "docx", base + due.kind().name() + ".docx",
                                    "html", base + due.kind().name() + ".html",
                                    "number", base + due.kind().name() + "/number"));
                })
                .toList();
    }

    @GetMapping("/api/applications/{applicationId}/letters/{kind}.docx")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> docx(
            @PathVariable String applicationId,
            @PathVariable String kind,
            @RequestParam(required = false) String addressee) {
        Letter letter = letter(applicationId, kind, addressee);
        return ResponseEntity.ok()
                .contentType(DOCX)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + applicationId + "-"
                                + letter.kind().name() + ".docx\"")
                .body(LetterDocx.render(letter));
    }

    @GetMapping("/api/applications/{applicationId}/letters/{kind}.html")
    @Transactional(readOnly = true)
    ResponseEntity<String> html(
            @PathVariable String applicationId,
            @PathVariable String kind,
            @RequestParam(required = false) String addressee) {
        Letter letter = letter(applicationId, kind, addressee);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .body(LetterHtml.render(letter));
    }

    private Letter letter(String applicationId, String kindName, String addressee) {
        LetterKind kind = kind(kindName);
        requireAddressee(addressee);
        String agencyId = agencyOf(applicationId);
        CaseFacts facts = CaseFacts.of(records.facts(applicationId));
        LettersDue.Due due = LettersDue.find(facts, kind)
                .orElseThrow(() -> new LetterNotCalledFor(
                        "LetterNotCalledFor",
                        "kind",
                        "The facts of application '" + applicationId + "' call for no " + kind + " letter."));
        LetterComposer.Sender sender = new LetterComposer.Sender(
                records.agencyName(agencyId).orElse(agencyId),
                records.settings(agencyId).orElse(null),
                records.numbers(applicationId).get(kind));
        return composer.compose(kind, due.date(), facts, sender, addressee);
    }

    private String agencyOf(String applicationId) {
        return records.agencyOf(applicationId)
                .orElseThrow(() -> new LetterNotCalledFor(
                        "UnknownApplication",
                        "applicationId",
                        "No application with id '" + applicationId + "' has been recorded."));
    }

    private static LetterKind kind(String kind) {
        try {
            return LetterKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("kind", "UnknownCode: one of " + List.of(LetterKind.values()), kind);
        }
    }

    /** Checked without repeating it: a problem answer must not echo personal data into logs or screens. */
    private static void requireAddressee(String addressee) {
        if (addressee == null) {
            return;
        }
        var text = InputLimits.text(InputLimits.Text.NAME, addressee);
        if (text.isPresent() || addressee.codePointCount(0, addressee.length()) > ADDRESSEE_MAX_LENGTH) {
            throw new InvalidParameter(
                    "addressee", "TextTooLong or ControlCharacter: at most 200 characters, one line", "(not repeated)");
        }
    }
}
