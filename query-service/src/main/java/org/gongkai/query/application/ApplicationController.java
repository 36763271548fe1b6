package org.gongkai.query.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationEvent;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.calendar.ClockStatus;
import org.gongkai.events.calendar.DueDate;
import org.gongkai.events.calendar.ExplanationLine;
import org.gongkai.events.calendar.StatutoryClock;
import org.gongkai.query.agency.AgencyTree;
import org.gongkai.query.agency.InvalidParameter;
import org.gongkai.security.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ApplicationController {

    record ApplicationSummary(
            String applicationId,
            String agencyId,
            LocalDate receivedOn,
            ApplicantType applicantType,
            Channel channel,
            String status,
            LocalDate dueOn,
            Long workingDaysLeft,
            Outcome outcome,
            LocalDate closedOn) {}

    /** One fact: what, when it was recorded and by whom (null for facts recorded before sign-in existed). */
    record Fact(long sequence, String type, Instant recordedAt, String recordedBy, JsonNode data) {}

    /** One step of the due date: the fact that set it and the date it set. */
    record DueDateStep(String fact, LocalDate on, LocalDate dueOn) {}

    /** How the due date was computed from the facts with the working-day calendar (DOMAIN.md §7). */
    record DueDateExplanation(
            ClockStatus clock,
            String clockLabel,
            LocalDate dueOn,
            LocalDate countedFrom,
            int extensionDaysGranted,
            List<Integer> yearsWithoutOfficialSchedule,
            List<ExplanationLine> lines,
            String text,
            String textEn) {

        static DueDateExplanation of(DueDate due) {
            return new DueDateExplanation(
                    due.status(),
                    due.status().label(),
                    due.dueOn(),
                    due.countedFrom(),
                    due.extensionDaysGranted(),
                    due.yearsWithoutSchedule(),
                    due.explanation().lines(),
                    due.explanation().toChineseText(),
                    due.explanation().toEnglishText());
        }
    }

    record ApplicationDetail(
            String applicationId,
            String agencyId,
            ApplicantType applicantType,
            Channel channel,
            LocalDate receivedOn,
            String status,
            Outcome outcome,
            LocalDate closedOn,
            LocalDate dueOn,
            Long workingDaysLeft,
            DueDateExplanation dueOnExplanation,
            List<DueDateStep> dueDateSteps,
            List<Fact> facts,
            boolean supplementRequestedLate) {}

    private final ApplicationRepository applications;
    private final ApplicationFactRepository facts;
    private final AgencyTree tree;
    private final Clock clock;
    private final StatutoryClock statutoryClock;
    private final ClockHistories histories;

    ApplicationController(
            ApplicationRepository applications,
            ApplicationFactRepository facts,
            AgencyTree tree,
            Clock clock,
            StatutoryClock statutoryClock,
            ClockHistories histories) {
        this.statutoryClock = statutoryClock;
        this.histories = histories;
        this.applications = applications;
        this.facts = facts;
        this.tree = tree;
        this.clock = clock;
    }

    /** The worklist: open applications, soonest due first (closed ones, latest first, with status=closed). */
    @GetMapping("/api/agencies/{agencyId}/applications")
    @Transactional(readOnly = true)
    public List<ApplicationSummary> list(
            @PathVariable String agencyId,
            @RequestParam(defaultValue = "open") String status,
            @RequestParam(required = false) String scope) {
        LocalDate today = LocalDate.now(clock);
        List<String> covered = tree.covered(agencyId, AgencyTree.Scope.parse(scope), today);
        List<ApplicationEntity> found = switch (status.toLowerCase(Locale.ROOT)) {
            case "open" -> applications.findOpen(covered);
            case "closed" -> applications.findClosed(covered);
            default -> throw new InvalidParameter("status", "must be 'open' or 'closed'", status);
        };
        return found.stream().map(a -> summary(a.facts(), today)).toList();
    }

    @GetMapping("/api/applications/{applicationId}")
    @Transactional(readOnly = true)
    public ApplicationDetail detail(@PathVariable String applicationId) {
        ApplicationFacts application = applications
                .findById(applicationId)
                .map(ApplicationEntity::facts)
                .orElseThrow(() -> unknownApplication(applicationId));
        List<Fact> history = new ArrayList<>();
        // The clock re-derived from the stored facts, so the answer says which holidays and pauses moved the date
        // and whether the supplement was asked later than 条例 Art. 30 allows.
        List<DueDateStep> steps = new ArrayList<>();
        List<ApplicationEvent> events = new ArrayList<>();
        for (ApplicationFactEntity fact : facts.findByApplicationIdOrderBySequenceNo(applicationId)) {
            JsonNode data = histories.read(fact.payload());
            if (data instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
                // branch letters: the applicant's pseudonym stays in the read model, off every screen (ADR 0029)
                object.remove("applicantPseudonym");
            }
            history.add(new Fact(fact.sequenceNo(), fact.eventType(), fact.recordedAt(), fact.recordedBy(), data));
            histories.event(fact.eventType(), data).ifPresent(events::add);
            if (data.hasNonNull("dueOn")) {
                steps.add(new DueDateStep(
                        fact.eventType(),
                        firstDate(data),
                        LocalDate.parse(data.get("dueOn").asText())));
            }
        }
        Optional<DueDate> due = histories.dueDate(events);
        return new ApplicationDetail(
                application.applicationId(),
                application.agencyId(),
                application.applicantType(),
                application.channel(),
                application.receivedOn(),
                status(application),
                application.outcome(),
                application.closedOn(),
                application.dueOn(),
                workingDaysLeft(application, LocalDate.now(clock)),
                due.map(DueDateExplanation::of).orElse(null),
                steps,
                history,
                due.map(DueDate::supplementRequestedLate).orElse(false));
    }

    private Long workingDaysLeft(ApplicationFacts a, LocalDate today) {
        return a.open() && a.dueOn() != null ? (long) statutoryClock.workingDaysLeft(today, a.dueOn()) : null;
    }

    private ApplicationSummary summary(ApplicationFacts a, LocalDate today) {
        Long left = workingDaysLeft(a, today);
        return new ApplicationSummary(
                a.applicationId(),
                a.agencyId(),
                a.receivedOn(),
                a.applicantType(),
                a.channel(),
                status(a),
                a.dueOn(),
                left,
                a.outcome(),
                a.closedOn());
    }

    private static String status(ApplicationFacts a) {
        return a.open() ? "OPEN" : "CLOSED";
    }

    /** The business date of a fact: the first date field that is not the due date itself. */
    private static LocalDate firstDate(JsonNode data) {
        for (var it = data.fields(); it.hasNext(); ) {
            var field = it.next();
            if (field.getKey().endsWith("On")
                    && !field.getKey().equals("dueOn")
                    && field.getValue().isTextual()) {
                return LocalDate.parse(field.getValue().asText());
            }
        }
        return null;
    }

    private static ErrorResponseException unknownApplication(String applicationId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "No application with id '" + applicationId + "' has been recorded.");
        problem.setTitle("Unknown application");
        problem.setType(Problems.type("UnknownApplication"));
        problem.setProperty("field", "applicationId");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
