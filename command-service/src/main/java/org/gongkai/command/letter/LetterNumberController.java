package org.gongkai.command.letter;

import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gongkai.command.application.ApplicationDirectory;
import org.gongkai.command.clock.Today;
import org.gongkai.command.rejection.InvalidValue;
import org.gongkai.command.rejection.UnknownId;
import org.gongkai.events.InputLimits;
import org.gongkai.events.letter.LetterKind;
import org.gongkai.events.letter.LetterNumberAllocated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/applications/{id}/letters/{kind}/number}: the letter's document number, allocated the first
 * time and the same every time after (ADR 0028). The series is the agency's for the year the number is first
 * asked for, which is the year the letter is issued.
 */
@RestController
class LetterNumberController {

    private final CommandGateway commands;
    private final ApplicationDirectory applications;
    private final LetterNumbers numbers;
    private final Today today;

    LetterNumberController(
            CommandGateway commands, ApplicationDirectory applications, LetterNumbers numbers, Today today) {
        this.commands = commands;
        this.applications = applications;
        this.numbers = numbers;
        this.today = today;
    }

    @PostMapping("/api/applications/{applicationId}/letters/{kind}/number")
    Map<String, Object> allocate(@PathVariable String applicationId, @PathVariable String kind) {
        LetterKind letter = kind(kind);
        if (InputLimits.id(applicationId).isPresent()) {
            throw new UnknownId("applicationId", "(not an id)");
        }
        String agencyId =
                applications.agencyOf(applicationId).orElseThrow(() -> new UnknownId("applicationId", applicationId));
        LetterNumbers.Number number = numbers.of(applicationId, letter).orElseGet(() -> {
            int year = today.date().getYear();
            int sequence = commands.sendAndWait(new AllocateLetterNumber(
                    LetterNumberAllocated.registerOf(agencyId, year, letter), agencyId, year, letter, applicationId));
            return new LetterNumbers.Number(year, sequence);
        });
        return Map.of(
                "applicationId", applicationId,
                "kind", letter.name(),
                "year", number.year(),
                "sequence", number.sequence());
    }

    private static LetterKind kind(String kind) {
        try {
            return LetterKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue(
                    "kind", "未知文书种类：kind must be one of " + java.util.Arrays.toString(LetterKind.values()));
        }
    }
}
