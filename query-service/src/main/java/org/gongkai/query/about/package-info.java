/** What this installation is (demo or real data). */
package org.gongkai.query.about;
