/**
 * Publishing and submitting on the read side: the publication and submission endpoints (the snapshot is computed
 * here and recorded by the command service, ADR 0009), the year-end drafts and the publication and submission
 * worklists.
 */
package org.gongkai.query.publication;
