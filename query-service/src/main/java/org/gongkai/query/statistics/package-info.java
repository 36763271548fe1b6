/** Table 三: quarterly flows read from the tally, carry-over derived, assembled in table order. */
package org.gongkai.query.statistics;
