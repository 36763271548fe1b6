/**
 * Security both services share, treated as a contract like the events: who is signed in, the password check with
 * its cache and throttle, the front door's signed assertion, the problem answers of refusals, and the filters that
 * bound every request (canonical path, body size, request rate) before anything routes or reads it.
 */
package org.gongkai.security;
