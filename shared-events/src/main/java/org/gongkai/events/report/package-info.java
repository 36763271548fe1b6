/** Facts of the report stream: staff narrative drafted, a report published (frozen) or amended. */
package org.gongkai.events.report;
