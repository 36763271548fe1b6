/** The contract's codes with their official Chinese labels, for forms and tables of the web UI. */
package org.gongkai.query.codes;
