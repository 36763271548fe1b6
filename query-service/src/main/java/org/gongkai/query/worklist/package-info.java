/** The worklist of a day's work: open applications paged, searched, sorted and exported on the server (issue 20). */
package org.gongkai.query.worklist;
