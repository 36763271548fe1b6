/** The counts a report is assembled from: live from the read models, or recounted "as of" a recording time. */
package org.gongkai.query.counting;
