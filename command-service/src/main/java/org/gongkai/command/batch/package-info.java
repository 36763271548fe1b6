/**
 * {@code POST /api/batch}: many single writes in one request, applied with one database commit per chunk (group
 * commit, ADR 0039). Each command goes through the same controller, validation, scope check, audit and problem
 * answers as when sent alone (ADR 0040).
 */
package org.gongkai.command.batch;
