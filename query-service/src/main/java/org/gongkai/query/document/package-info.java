/**
 * The annual report and the quarterly statistics as documents (HTML, DOCX, CSV) in the national layout, built
 * from the report read model; one layout feeds the HTML and DOCX renderers so the two cannot differ.
 */
package org.gongkai.query.document;
