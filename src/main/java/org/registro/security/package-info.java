/**
 * Who may write: the Spring Security filter chain, the admin token and bearer-token
 * authentication of the write API. Later issues add users, organizations and per-user tokens here.
 */
package org.registro.security;
