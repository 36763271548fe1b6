package org.gongkai.standalone;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the classes on the shared stack first and together (ADR 0050), the others after them in the order they
 * came: the shared stack is then started once and closed before any other stack starts. Named in
 * junit-platform.properties.
 */
final class StackTestOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        // List.sort is stable: within each group the order stays the one the platform discovered
        context.getClassDescriptors().sort(Comparator.comparingInt(StackTestOrder::group));
    }

    private static int group(ClassDescriptor descriptor) {
        return SharedRunningStack.class.isAssignableFrom(descriptor.getTestClass()) ? 0 : 1;
    }
}
