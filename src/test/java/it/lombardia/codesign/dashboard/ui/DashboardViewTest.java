package it.lombardia.codesign.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import it.lombardia.codesign.KaribuTest;
import org.junit.jupiter.api.Test;

class DashboardViewTest extends KaribuTest {

    @Test
    void observerSeesOpenRoundCountsAndMatrix() {
        signIn("observer");
        UI.getCurrent().navigate("");
        _get(DashboardView.class);
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("EDP 2026-2027", "Proposals by cluster and ecosystem");
        assertThat(_find(Span.class, s -> s.withClasses("stat-label")).stream().map(Span::getText))
                .contains("Proposals", "Draft", "Submitted");
    }
}
