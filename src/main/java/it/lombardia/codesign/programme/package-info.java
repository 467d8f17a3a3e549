/**
 * The Research and Innovation Work Programme: editions (draft or adopted), their macro-themes and
 * technological development priorities with all their cross-references.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work Programme")
package it.lombardia.codesign.programme;
