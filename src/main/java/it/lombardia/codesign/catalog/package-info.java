/**
 * Reference data of the S3 Lombardy, loaded by Flyway and never edited by the application: the 8
 * innovation ecosystems, the 9 technology clusters, PNRR missions and components, the 17 SDGs
 * and the Horizon Europe Pillar II clusters.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package it.lombardia.codesign.catalog;
