/** User accounts as events: administrators register users; the users table follows the events (ADR 0010). */
package org.gongkai.command.user;
