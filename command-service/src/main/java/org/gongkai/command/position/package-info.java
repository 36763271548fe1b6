/**
 * Read your writes: every successful write answers with the position of its last stored event, which a read on
 * the query side can wait for (ADR 0023).
 */
package org.gongkai.command.position;
