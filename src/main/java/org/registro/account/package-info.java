/**
 * People: accounts, their memberships in organizations (publishers) with a role, their API tokens
 * and invitations, kept in a TDB2 database of their own ({@code {data-dir}/accounts}) behind
 * {@link org.registro.account.AccountStore}; the admin JSON API under {@code /api/v1/users} and
 * {@code /api/v1/publishers/{id}/members}; the login, account, invitation, user administration
 * and member pages. It decides nothing about permissions: it asks
 * {@link org.registro.security.Permissions}. It never stores a password or a token in clear.
 */
package org.registro.account;
