/** Facts of the review stream(s) and their codes. */
package org.gongkai.events.review;
