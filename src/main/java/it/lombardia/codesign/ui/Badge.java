package it.lombardia.codesign.ui;

import com.vaadin.flow.component.html.Span;

/** A small labelled pill (status, ecosystem, cross-reference). */
public class Badge extends Span {

    public Badge(String text, String... variants) {
        super(text);
        getElement().getThemeList().add("badge");
        for (String variant : variants) {
            getElement().getThemeList().add(variant);
        }
    }
}
