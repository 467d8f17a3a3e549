/**
 * Documents made from the app's data: the Work Programme edition as a publishable document and a
 * round's report, in PDF and Word, Italian or English, produced by background export jobs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package it.lombardia.codesign.publication;
