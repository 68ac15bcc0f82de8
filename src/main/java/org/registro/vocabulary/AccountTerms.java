package org.registro.vocabulary;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Our terms for accounts, memberships, API tokens and invitations. They live only in the private
 * accounts database and are never published.
 */
public final class AccountTerms {

	public static final String NS = Registro.NS;

	/** Subjects: {@code urn:x-registro:account:{username}}, {@code …:token:{id}}, … */
	public static final String URN = "urn:x-registro:";

	public static final Resource Account = ResourceFactory.createResource(NS + "Account");

	public static final Resource Membership = ResourceFactory.createResource(NS + "Membership");

	public static final Resource ApiToken = ResourceFactory.createResource(NS + "ApiToken");

	public static final Resource Invitation = ResourceFactory.createResource(NS + "Invitation");

	public static final Property username = ResourceFactory.createProperty(NS, "username");

	public static final Property name = ResourceFactory.createProperty(NS, "name");

	public static final Property email = ResourceFactory.createProperty(NS, "email");

	/** A password hash in Spring Security's {@code {id}hash} form; absent until a password is set. */
	public static final Property passwordHash = ResourceFactory.createProperty(NS, "passwordHash");

	public static final Property enabled = ResourceFactory.createProperty(NS, "enabled");

	public static final Property sysadmin = ResourceFactory.createProperty(NS, "sysadmin");

	public static final Property coordinator = ResourceFactory.createProperty(NS, "coordinator");

	public static final Property created = ResourceFactory.createProperty(NS, "created");

	/** The publisher id of a membership. */
	public static final Property organization = ResourceFactory.createProperty(NS, "organization");

	public static final Property role = ResourceFactory.createProperty(NS, "role");

	public static final Property tokenId = ResourceFactory.createProperty(NS, "tokenId");

	public static final Property label = ResourceFactory.createProperty(NS, "label");

	/** The SHA-256 of a token or invitation secret, in hexadecimal; the secret itself is never stored. */
	public static final Property digest = ResourceFactory.createProperty(NS, "digest");

	public static final Property lastUsed = ResourceFactory.createProperty(NS, "lastUsed");

	public static final Property expires = ResourceFactory.createProperty(NS, "expires");

	private AccountTerms() {
	}

}
