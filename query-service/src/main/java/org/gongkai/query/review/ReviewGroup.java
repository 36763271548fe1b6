package org.gongkai.query.review;

/** The three blocks of table 四, in table order. */
public enum ReviewGroup {
    RECONSIDERATION,
    LITIGATION_DIRECT,
    LITIGATION_AFTER_RECONSIDERATION
}
