package org.gongkai.command.security;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * The fields of a command record, looked up once per record type: every write is checked field by field (personal
 * data, scope), and asking the class for its record components copies them afresh each time.
 */
final class CommandFields {

    private static final ClassValue<List<RecordComponent>> BY_TYPE = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                return List.of();
            }
            for (RecordComponent component : components) {
                component.getAccessor().setAccessible(true); // commands are package-private records of their feature
            }
            return List.of(components);
        }
    };

    private CommandFields() {}

    /** The record components of {@code type}, in declaration order; none for a type that is not a record. */
    static List<RecordComponent> of(Class<?> type) {
        return BY_TYPE.get(type);
    }

    static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("record component " + component.getName() + " is not readable", e);
        }
    }
}
