/** The dashboard: the open round at a glance, proposals by status and the cluster x ecosystem matrix. */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package it.lombardia.codesign.dashboard;
