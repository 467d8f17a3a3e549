package it.lombardia.codesign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A view's heading with its actions on the right. */
public class ViewToolbar extends Header {

    private final H1 heading;

    public ViewToolbar(String title, Component... actions) {
        addClassName("view-toolbar");
        heading = new H1(title);
        heading.addClassName("view-title");
        HorizontalLayout actionBar = new HorizontalLayout(actions);
        actionBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        actionBar.addClassName("view-actions");
        add(heading, actionBar);
    }

    /** A new heading, when the thing the view shows was renamed while it is open. */
    public void setTitle(String title) {
        heading.setText(title);
        MainLayout layout = findAncestor(MainLayout.class);
        if (layout != null) {
            layout.retitle(title);
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
    }
}
