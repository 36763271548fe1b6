package org.gongkai.events.calendar;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** How a due date came about, step by step in date order (DOMAIN.md §7: every due date must be explainable). */
public record Explanation(List<ClockStep> steps) {

    public Explanation {
        steps = List.copyOf(steps);
    }

    /** The steps as uniform lines, ready to be returned as JSON. */
    public List<ExplanationLine> lines() {
        return steps.stream()
                .map(step -> new ExplanationLine(step.kind(), step.on(), step.toChinese(), step.toEnglish()))
                .toList();
    }

    /** The steps as numbered English sentences, one per line. */
    public String toEnglishText() {
        List<String> texts = steps.stream().map(ClockStep::toEnglish).toList();
        return IntStream.range(0, texts.size())
                .mapToObj(i -> (i + 1) + ". " + texts.get(i))
                .collect(Collectors.joining("\n"));
    }

    /** The steps as numbered Chinese sentences, one per line. */
    public String toChineseText() {
        List<String> texts = steps.stream().map(ClockStep::toChinese).toList();
        return IntStream.range(0, texts.size())
                .mapToObj(i -> (i + 1) + ". " + texts.get(i))
                .collect(Collectors.joining("\n"));
    }
}
