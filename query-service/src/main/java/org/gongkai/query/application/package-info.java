/** Applications: the counting rules of table 三, the application read model, its facts and the open worklist. */
package org.gongkai.query.application;
