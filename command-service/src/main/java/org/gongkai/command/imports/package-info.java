/**
 * Import of an existing register (a paper register typed into Excel, or an older system's export) as facts
 * recorded through the same commands and rules as the API (ADR 0024).
 */
package org.gongkai.command.imports;
