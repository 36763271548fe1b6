/** Facts of the letters an agency sends about an application: their kinds and their document numbers (文号). */
package org.gongkai.events.letter;
