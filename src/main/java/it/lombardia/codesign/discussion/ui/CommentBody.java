package it.lombardia.codesign.discussion.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import it.lombardia.codesign.discussion.DiscussionText;
import java.util.List;

/**
 * A comment's text as the reader sees it: line breaks kept, web addresses as links that open in a
 * new tab, mentions highlighted. Built from text nodes only: whatever else the text holds (tags,
 * scripts) is shown as the characters it is, never interpreted.
 */
class CommentBody extends Div {

    static final String REL = "noopener noreferrer nofollow";

    CommentBody(String body) {
        addClassName("discussion-comment-body");
        getStyle().set("overflow-wrap", "anywhere");
        List<List<DiscussionText.Part>> lines = DiscussionText.lines(body);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                getElement().appendChild(new Element("br"));
            }
            for (DiscussionText.Part part : lines.get(i)) {
                switch (part.kind()) {
                    case TEXT -> add(new Text(part.text()));
                    case LINK -> {
                        Anchor link = new Anchor(part.text(), part.text());
                        link.setTarget(AnchorTarget.BLANK);
                        link.getElement().setAttribute("rel", REL);
                        add(link);
                    }
                    case MENTION -> {
                        Span mention = new Span(part.text());
                        mention.addClassName("discussion-mention");
                        mention.getStyle().set("color", "var(--lumo-primary-text-color)")
                                .set("background", "var(--lumo-primary-color-10pct)")
                                .set("border-radius", "var(--lumo-border-radius-s)").set("padding", "0 0.15em");
                        add(mention);
                    }
                }
            }
        }
    }
}
