package org.gongkai.events;

/**
 * One event type of the contract: its logical name on the wire (never the Java class name, so classes may move),
 * its current version, the stream it belongs to and the record that carries it.
 */
public record EventType(String name, int version, String stream, Class<? extends Record> javaType) {}
