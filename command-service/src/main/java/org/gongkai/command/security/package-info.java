/**
 * Sign-in, scopes and the audit trail of the command side: who may write what (ADR 0011), who recorded each event
 * and from where (event metadata), and the assertion with which the front door speaks for its signed-in users.
 */
package org.gongkai.command.security;
