/** Publisher resource pages: {@code /publisher/{id}} with the publisher's published datasets. */
package org.registro.publisher;
