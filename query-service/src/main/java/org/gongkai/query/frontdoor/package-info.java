/**
 * Makes the query service's port the whole API: writes go on to the command service, over one client, signed
 * with the principal assertion of the signed-in user.
 */
package org.gongkai.query.frontdoor;
