/** The demo catalog loaded once on first start through the normal write path. */
package org.registro.demo;
