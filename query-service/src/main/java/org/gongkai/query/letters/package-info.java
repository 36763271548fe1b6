/**
 * The paperwork of a case (issue 16): which letters its facts call for, and each letter rendered from the facts,
 * the agency's letter settings and the number the command side gave it. The addressee is never stored.
 */
package org.gongkai.query.letters;
