/**
 * Repeat applicants recognised without personal data (issue 16, ADR 0029): applications grouped by the keyed
 * pseudonym of their applicant key, for the per-application fee's monthly count and the repeat hint.
 */
package org.gongkai.query.applicant;
