/** Table 二: regulatory documents, decision tallies and administrative fees. */
package org.gongkai.query.proactive;
