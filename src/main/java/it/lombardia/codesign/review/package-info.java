/**
 * Reviewing proposals: reviewer assignments and the review queue, assessments with private notes
 * and a public answer, and reusable answer templates. Decisions change the proposal through the
 * proposal feature's service.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review")
package it.lombardia.codesign.review;
