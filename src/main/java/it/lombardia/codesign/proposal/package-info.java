/**
 * Proposals made within an EDP round by a lead cluster and its co-proposers: a new macro-theme, a
 * new priority, a change to or the retirement of an existing priority. Owns who may create, edit
 * and submit them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Proposals")
package it.lombardia.codesign.proposal;
