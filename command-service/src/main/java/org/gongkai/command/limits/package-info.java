/** The contract's input limits (ADR 0017) applied to every command before it is handled. */
package org.gongkai.command.limits;
