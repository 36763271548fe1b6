/**
 * Sign-in at the front door (HTTP Basic for the API, a login page with a session for the UI), the scope of
 * reads, the users projected from the topic, and the assertion with which forwarded writes speak for the user
 * (ADR 0010, 0011).
 */
package org.gongkai.query.security;
