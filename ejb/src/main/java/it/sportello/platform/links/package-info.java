/**
 * Links to the desk's own pages, for the business components that send people to one: in an
 * e-mail, in a document or in a redirect. The pages live in the web module, which the business
 * module cannot see; so each page a business component links to is a {@link PublicPage}, its path
 * a setting, and {@link PublicLinks} makes the address from it and {@code sportello.public-url}.
 */
package it.sportello.platform.links;
