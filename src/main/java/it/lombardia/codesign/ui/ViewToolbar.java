package it.lombardia.codesign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A view's heading with its actions on the right. */
public class ViewToolbar extends Header {

    public ViewToolbar(String title, Component... actions) {
        addClassName("view-toolbar");
        H1 heading = new H1(title);
        heading.addClassName("view-title");
        HorizontalLayout actionBar = new HorizontalLayout(actions);
        actionBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        actionBar.addClassName("view-actions");
        add(heading, actionBar);
    }
}
