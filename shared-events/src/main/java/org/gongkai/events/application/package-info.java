/** Facts of the application stream(s) and their codes. */
package org.gongkai.events.application;
