/**
 * Pages to explore the S3 landscape: the innovation ecosystems and the technology clusters, each
 * with what the programme and the open round hold for it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Explore ecosystems and clusters")
package it.lombardia.codesign.explore;
