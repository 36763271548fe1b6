/** Facts of the agency stream(s) and their codes. */
package org.gongkai.events.agency;
