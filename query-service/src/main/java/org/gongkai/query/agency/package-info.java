/** Agencies as a tree of reporting units: projection, the tree on a date, and the agency list. */
package org.gongkai.query.agency;
