/** The live feed: server-sent events after every committed projection batch. */
package org.gongkai.query.dashboard;
