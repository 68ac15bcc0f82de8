/**
 * Who may do what: the Spring Security filter chains (bearer tokens for the API, a login form and
 * sessions for the pages, the open SPARQL endpoint), the admin token, login throttling, and the
 * permission rules ({@link org.registro.security.Permissions}, {@link org.registro.security.Actor},
 * {@link org.registro.security.OrgRole}, {@link org.registro.security.RecordOwner}) that every
 * feature asks. Accounts themselves are read through {@link org.registro.security.AccountDirectory},
 * which the accounts feature implements; this package stores nothing.
 */
package org.registro.security;
