/** The event contract between the command and query services: facts as JDK-only records, codes with their official labels. */
package org.gongkai.events;
