/**
 * Read models of a report's versions: the report stream (staff narrative, published versions as frozen
 * snapshots) and the submitted quarterly versions, with the deadlines by which each is due.
 */
package org.gongkai.query.versions;
