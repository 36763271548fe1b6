/** Makes the query service's port the whole API: writes go on to the command service. */
package org.gongkai.query.forwarding;
