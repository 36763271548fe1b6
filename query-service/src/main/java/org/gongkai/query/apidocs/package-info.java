/**
 * The whole API, reads and the writes the front door forwards, described as OpenAPI 3 at {@code /v3/api-docs} with
 * a docs page at {@code /swagger-ui.html}, both behind sign-in (ADR 0024).
 */
package org.gongkai.query.apidocs;
