/**
 * People and access: accounts, roles, cluster memberships, sign-in, and the signed-in actor that
 * every other feature's services ask before they change anything.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package it.lombardia.codesign.identity;
