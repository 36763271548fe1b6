/**
 * Facts about the people who may sign in: who they are, their role and the agency it is scoped to. Both services
 * authenticate from these facts on their own (ADR 0010).
 */
package org.gongkai.events.user;
