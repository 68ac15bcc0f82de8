/**
 * The record form engine: form descriptions derived from the SHACL shapes and the controlled
 * vocabularies ({@link org.registro.form.FormSchemas}), the values one form holds and their
 * binding to request parameters and to a record graph ({@link org.registro.form.FormBinder}),
 * and the routing of validation results to fields. It renders through the
 * {@code templates/form/fields.html} fragment. It owns no HTTP endpoint and never writes records:
 * controllers call it and save through the record service.
 */
package org.registro.form;
