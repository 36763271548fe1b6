/** Document numbers (文号) of the letters an agency sends about its applications (issue 16). */
package org.gongkai.command.letter;
