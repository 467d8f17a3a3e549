/** What every feature shares: the exceptions that carry a translatable reason. */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package it.lombardia.codesign.shared;
