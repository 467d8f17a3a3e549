/** EDP rounds (Entrepreneurial Discovery Process): one per Work Programme edition being prepared. */
@org.springframework.modulith.ApplicationModule(displayName = "EDP rounds")
package it.lombardia.codesign.round;
