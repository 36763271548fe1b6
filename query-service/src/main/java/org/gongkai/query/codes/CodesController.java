package org.gongkai.query.codes;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gongkai.events.agency.AgencyLevel;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.ConsultationParty;
import org.gongkai.events.application.FeeScheme;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.application.OutcomeGroup;
import org.gongkai.events.calendar.ClockStatus;
import org.gongkai.events.proactive.DocumentKind;
import org.gongkai.events.proactive.TallyCategory;
import org.gongkai.events.report.NarrativeSection;
import org.gongkai.events.review.LawsuitRoute;
import org.gongkai.events.review.ReviewResult;
import org.gongkai.query.review.ReviewCell;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/codes}: every code list of CONTRACT.md §1 in contract order with its label, taken from the
 * shared-events enums so that the UI never keeps a second copy of an official label.
 */
@RestController
class CodesController {

    /** A code and its label; {@code group} only for outcomes (the block of table 三 the row belongs to). */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record Code(String code, String label, String group) {}

    private final Map<String, List<Code>> codes = build();

    @GetMapping("/api/codes")
    ResponseEntity<Map<String, List<Code>>> codes() {
        // The lists change only with a new release; a short cache spares a round trip per screen.
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)))
                .body(codes);
    }

    private static Map<String, List<Code>> build() {
        Map<String, List<Code>> all = new LinkedHashMap<>();
        all.put("applicantTypes", of(ApplicantType.values(), ApplicantType::label));
        all.put("channels", of(Channel.values(), Channel::label));
        all.put("outcomeGroups", of(OutcomeGroup.values(), OutcomeGroup::label));
        all.put(
                "outcomes",
                Arrays.stream(Outcome.values())
                        .map(o -> new Code(o.name(), o.label(), o.group().name()))
                        .toList());
        all.put("consultationParties", of(ConsultationParty.values(), ConsultationParty::label));
        all.put("feeSchemes", of(FeeScheme.values(), FeeScheme::label));
        all.put("reviewResults", of(ReviewResult.values(), ReviewResult::label));
        all.put("lawsuitRoutes", of(LawsuitRoute.values(), LawsuitRoute::label));
        all.put(
                "reviewGroups",
                List.of(
                        new Code("RECONSIDERATION", "行政复议", null),
                        new Code("LITIGATION_DIRECT", "行政诉讼 — 未经复议直接起诉", null),
                        new Code("LITIGATION_AFTER_RECONSIDERATION", "行政诉讼 — 复议后起诉", null)));
        all.put("reviewCells", of(ReviewCell.values(), ReviewCell::label));
        all.put("documentKinds", of(DocumentKind.values(), DocumentKind::label));
        all.put("tallyCategories", of(TallyCategory.values(), TallyCategory::label));
        all.put("agencyLevels", of(AgencyLevel.values(), AgencyLevel::label));
        all.put("clockStatuses", of(ClockStatus.values(), ClockStatus::label));
        all.put("narrativeSections", of(NarrativeSection.values(), NarrativeSection::label));
        return java.util.Collections.unmodifiableMap(all);
    }

    private static <E extends Enum<E>> List<Code> of(E[] values, Function<E, String> label) {
        return Arrays.stream(values)
                .map(v -> new Code(v.name(), label.apply(v), null))
                .toList();
    }
}
