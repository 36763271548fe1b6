package org.gongkai.command.security;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds text shaped like personal data in a command: an 18-character resident ID number (17 digits and a digit or
 * X), a 15-digit first-generation ID number, or a mainland mobile number (1, then 3–9, then 9 digits), each
 * standing alone (not part of a longer run of digits). Every text field of every command is checked, ids
 * included: an id is stored in events and read models just like a subject.
 */
final class PersonalData {

    static final Pattern SHAPES = Pattern.compile("(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15}|1[3-9][0-9]{9})(?![0-9Xx])");

    /** Computed by the service itself, not typed by anyone: a hash, a snapshot of counts, derived stream keys. */
    private static final Set<String> NOT_INPUT =
            Set.of("passwordHash", "snapshot", "userId", "reportId", "statisticsId");

    private PersonalData() {}

    static boolean looksPersonal(String text) {
        return text != null && SHAPES.matcher(text).find();
    }

    /** Throws {@link PersonalDataInInput} naming the first field that carries personal data. */
    static void requireNone(Object command) {
        if (!command.getClass().isRecord()) {
            return;
        }
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            if (component.getType() == String.class
                    && !NOT_INPUT.contains(component.getName())
                    && looksPersonal((String) value(component, command))) {
                throw new PersonalDataInInput(component.getName());
            }
        }
    }

    static Object value(RecordComponent component, Object record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true); // commands are package-private records of their feature
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("record component " + component.getName() + " is not readable", e);
        }
    }
}
