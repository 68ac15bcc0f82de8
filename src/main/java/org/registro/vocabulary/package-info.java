/**
 * Vocabulary constants for terms Jena does not ship (DCAT-AP extras, ADMS, SPDX, our own terms)
 * and the controlled vocabularies (EU authority tables, IANA media types) loaded as background
 * knowledge for validation and labels.
 */
package org.registro.vocabulary;
