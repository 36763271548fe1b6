package org.gongkai.command.limits;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.command.rejection.OutsideInputLimits;
import org.gongkai.events.InputLimits;
import org.gongkai.events.InputLimits.Text;
import org.gongkai.events.InputLimits.Violation;

/**
 * Checks every field of a command against {@link InputLimits} by the field's name and type, so a new command
 * cannot skip a limit: a text, id, date, amount or count field without a declared limit is a programming error
 * that a test over all commands finds ({@code CommandInputLimitsTest}). Fields the limits do not cover are
 * checked by the aggregate (years, quarters, working days) or made by the service (stream keys, hashes).
 */
public final class CommandInputLimits {

    /** Text fields by name; every command uses these names for these kinds of text. */
    private static final Map<String, Text> TEXTS = Map.ofEntries(
            Map.entry("name", Text.NAME),
            Map.entry("title", Text.TITLE),
            Map.entry("documentNumber", Text.DOCUMENT_NUMBER),
            Map.entry("subject", Text.SUBJECT),
            Map.entry("reason", Text.REASON),
            Map.entry("text", Text.NARRATIVE),
            Map.entry("snapshot", Text.SNAPSHOT),
            // branch letters: the letter settings of an agency
            Map.entry("letterheadName", Text.NAME),
            Map.entry("documentNumberPrefix", Text.DOCUMENT_NUMBER),
            Map.entry("officeAddress", Text.TITLE),
            Map.entry("officeHours", Text.TITLE),
            Map.entry("reconsiderationBody", Text.NAME),
            Map.entry("court", Text.NAME));

    /**
     * Strings the service builds itself from checked parts (stream keys, the password hash) or checks at the
     * door (the user name's own grammar, CONTRACT.md §2).
     */
    private static final Set<String> MADE_BY_THE_SERVICE = Set.of(
            "reportId", "statisticsId", "userId", "username", "passwordHash", "registerId", "applicantPseudonym");

    /** Whole numbers the aggregates bound by their own rules (a year, a quarter, 1–28, 1–20 working days). */
    private static final Set<String> BOUNDED_BY_RULES = Set.of("year", "quarter", "dayOfMonth", "workingDays");

    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                limitOf(type, component).ifPresent(limit -> fields.add(new Field(component, limit)));
            }
            return List.copyOf(fields);
        }
    };

    private CommandInputLimits() {}

    /** Throws {@link OutsideInputLimits} naming the first field that breaks a limit; {@code null} fields pass. */
    public static void check(Object command, LocalDate today) {
        if (!command.getClass().isRecord()) {
            return;
        }
        for (Field field : FIELDS.get(command.getClass())) {
            Object value = field.valueIn(command);
            if (value != null) {
                field.limit().check(value, today).ifPresent(violation -> {
                    throw new OutsideInputLimits(field.component().getName(), violation);
                });
            }
        }
    }

    /** The limit of one command field; throws when a field that carries input has none. */
    static Optional<Limit> limitOf(Class<?> command, RecordComponent component) {
        String name = component.getName();
        Class<?> type = component.getType();
        if (type == String.class) {
            if (MADE_BY_THE_SERVICE.contains(name)) {
                return Optional.empty();
            }
            if (TEXTS.containsKey(name)) {
                Text kind = TEXTS.get(name);
                return Optional.of((value, today) -> InputLimits.text(kind, (String) value));
            }
            if (name.endsWith("Id")) {
                return Optional.of((value, today) -> InputLimits.id((String) value));
            }
        } else if (type == LocalDate.class) {
            return Optional.of((value, today) -> InputLimits.date((LocalDate) value, InputLimits.latestDate(today)));
        } else if (type == BigDecimal.class) {
            return Optional.of((value, today) -> InputLimits.yuan((BigDecimal) value));
        } else if (name.equals("count") && (type == long.class || type == Long.class)) {
            return Optional.of((value, today) -> InputLimits.count((Long) value));
        } else if (type.isEnum() || type == boolean.class || BOUNDED_BY_RULES.contains(name)) {
            return Optional.empty();
        }
        throw new IllegalStateException("no input limit is declared for " + command.getSimpleName() + "." + name + " ("
                + type.getSimpleName() + "): add one to InputLimits and CommandInputLimits");
    }

    @FunctionalInterface
    interface Limit {
        Optional<Violation> check(Object value, LocalDate today);
    }

    private record Field(RecordComponent component, Limit limit) {
        Object valueIn(Object command) {
            try {
                return component.getAccessor().invoke(command);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
    }
}
