/** Table 四: reconsiderations and lawsuits in which an agency is respondent, by result and period. */
package org.gongkai.query.review;
