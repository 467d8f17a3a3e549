package it.lombardia.codesign.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature shows in the main layout's top bar, at its far end (the notification bell,
 * for one). Features implement it as a Spring bean so that the UI base needs to know none of them;
 * {@code @Order} on the bean sets the order when there are several.
 */
public interface NavbarWidget {

    /**
     * A new component for one main layout, that is for one browser tab. It refreshes itself (a
     * component implementing {@code AfterNavigationObserver} hears every navigation).
     */
    Component create();
}
