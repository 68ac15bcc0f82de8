/**
 * SHACL validation shared by every write path: the configured shape files, the background
 * knowledge (vocabularies, known publishers) and the translation of reports into plain words.
 */
package org.registro.validation;
