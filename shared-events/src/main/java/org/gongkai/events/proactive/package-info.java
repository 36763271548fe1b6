/** Facts of the proactive stream(s) and their codes. */
package org.gongkai.events.proactive;
