/**
 * Read your writes: a read that names a write's position ({@code ?after=} or {@code Gongkai-After}) is answered
 * only once the read models show that write (ADR 0023).
 */
package org.gongkai.query.visibility;
