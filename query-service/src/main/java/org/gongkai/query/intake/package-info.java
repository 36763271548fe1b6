/** Intake: consumes the event topic and applies each poll batch, with its offsets, in one database transaction. */
package org.gongkai.query.intake;
