/**
 * The thin shared UI base: shell, main layout, translations and language choice, error views and
 * handler, and the small widgets every feature's views use. Depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "UI base", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package it.lombardia.codesign.ui;
