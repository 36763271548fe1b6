package org.gongkai.standalone;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * System properties ({@code name=value}) a {@link RunningStack} class's own stack starts with, for both services,
 * and that are cleared again when it stops: a setting one test needs and the others must not get.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface StackSystemProperties {
    String[] value();
}
