/** How the web UI's static files travel: cached where their URL is versioned, revalidated where it is not. */
package org.gongkai.query.webui;
