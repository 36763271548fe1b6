/**
 * The report stream on the read side: staff narrative, published versions (frozen snapshots served unchanged
 * forever), differences of the live report against the published one, "as of" recounts by recording time, the
 * year-end drafts and the publication worklist. Publication itself is handled here and recorded by the command
 * service (ADR 0009).
 */
package org.gongkai.query.publication;
