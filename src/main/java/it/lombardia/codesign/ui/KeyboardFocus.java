package it.lombardia.codesign.ui;

import com.vaadin.flow.component.UI;

/**
 * Keeps the keyboard focus where the user is working (WCAG 2.4.3). Many views rebuild a panel, or the
 * whole page, after an action, or hide or disable the button just used: the browser then drops the
 * focus to the top of the document, so a keyboard user would have to Tab through the menus again.
 * The browser is told, once per page, to put the focus back: on the element with the same id if it
 * is there again and enabled; for a control still there but hidden or disabled, on a control beside
 * it; else on the heading of the nearest surrounding part that is there again (a panel with an id),
 * else on the view's heading. It does nothing while a dialog is open (the
 * dialog keeps and returns the focus itself) and leaves view changes to {@link MainLayout}, which puts
 * the focus on the new view's heading.
 */
final class KeyboardFocus {

    /** Defines {@code window.codesignFocus} once per page and starts watching for a lost focus. */
    private static final String INSTALL = """
            if (window.codesignFocus) return;
            const deepest = () => {
              let e = document.activeElement;
              while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
              return e;
            };
            const outward = e => e.parentElement || (e.parentNode && e.parentNode.host) || null;
            const focusable = e => e && e.isConnected && !e.hasAttribute('disabled') && !e.hidden
                && e.getClientRects().length > 0;
            // Scrolled to only when the focus shows (keyboard): a mouse user's page stays where it is.
            // A heading goes to the top of the view, so that the part it heads shows below it.
            const focusQuietly = (target, block) => {
              target.focus({preventScroll: true});
              if (target.matches(':focus-visible')) target.scrollIntoView({block: block || 'nearest'});
            };
            const focusHeadingOf = part => {
              const target = part.querySelector('h1, h2, h3, h4') || part;
              if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
              focusQuietly(target, 'start');
            };
            const viewOf = layout => layout && Array.from(layout.children).find(c => !c.hasAttribute('slot'));
            const api = {
              /** The open view's main heading takes the focus (the skip link, a view change). */
              toViewHeading(layout) {
                const view = viewOf(layout || document.querySelector('vaadin-app-layout'));
                if (view) focusHeadingOf(view);
              },
              /** After a view change: unless the new view focused a field of its own, its heading. */
              afterNavigation(layout) {
                requestAnimationFrame(() => {
                  const active = document.activeElement;
                  const inFrame = active && Array.from(layout.children)
                      .some(c => c.hasAttribute('slot') && c.contains(active));
                  if (!active || active === document.body || inFrame) api.toViewHeading(layout);
                });
              }
            };
            window.codesignFocus = api;

            // A control is what the user works with (a field, a button, a link), as against the parts around it.
            const CONTROL = /^(a|button|input|textarea|select|summary|vaadin-(button|.*-field|text-area|.*combo-box|select|checkbox(-group)?|radio-(group|button)|.*-picker|grid|menu-bar|tabs?|details-summary|upload|side-nav-item))$/;
            // Focus in a dialog, a menu or a notification is theirs: what counts is where it was before.
            const OVERLAY = /^vaadin-(dialog|.*-overlay|notification-card|context-menu-item|menu-bar-item)$/;
            let last = null;
            document.addEventListener('focusin', () => {
              const all = [];
              for (let e = deepest(); e && e !== document.body; e = outward(e)) all.push(e);
              if (all.some(e => OVERLAY.test(e.localName))) return;
              const chain = all.filter(e => e.getRootNode() === document);
              let control = 0;
              while (control + 1 < chain.length && CONTROL.test(chain[control + 1].localName)) control++;
              if (chain.length === 0 || !CONTROL.test(chain[control].localName)) { last = null; return; }
              last = {control: chain[control], href: location.href,
                      parts: chain.slice(control + 1).filter(e => e.id).map(e => e.id)};
            });
            // The control that had the focus is gone, hidden or disabled, and the focus fell to the page
            // (or is about to: Chrome drops it from a hidden control only at its next rendering).
            const restore = () => {
              const lost = last;
              if (!lost || focusable(lost.control)) return;
              const active = document.activeElement;
              const dropped = !active || active === document.body || lost.control.contains(active);
              if (!dropped || document.querySelector('vaadin-dialog[opened]')) return;
              last = null;
              if (location.href !== lost.href) return;
              const again = !lost.control.isConnected && lost.control.id && document.getElementById(lost.control.id);
              if (focusable(again)) { focusQuietly(again); return; }
              if (lost.control.isConnected) {
                // Still there, hidden or disabled: the next control around it (Start meeting -> Next
                // item), else the one before it (Stop timer -> Start the timer), looking a little wider
                // each time.
                for (let root = lost.control.parentElement, depth = 0; root && depth < 3; root = root.parentElement, depth++) {
                  const around = Array.from(root.querySelectorAll('*')).filter(e => e !== lost.control
                      && CONTROL.test(e.localName) && !CONTROL.test(e.parentElement.localName) && focusable(e));
                  if (around.length === 0) continue;
                  const after = around.find(e => lost.control.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING);
                  focusQuietly(after || around[around.length - 1]);
                  return;
                }
              }
              for (const id of lost.parts) {
                const part = document.getElementById(id);
                if (part && part.getClientRects().length > 0) { focusHeadingOf(part); return; }
              }
              api.toViewHeading();
            };
            // Chrome does not always bring an element reached by Tab into view (a read-only text area
            // below the fold stays there): whatever has the focus is scrolled into the visible area.
            document.addEventListener('focusin', () => {
              const el = deepest();
              if (!el || el === document.body) return;
              const layout = document.querySelector('vaadin-app-layout');
              const host = el.getRootNode() === document ? el : el.getRootNode().host;
              const inView = layout && Array.from(layout.children).some(c => !c.hasAttribute('slot') && c.contains(host));
              const visible = inView ? layout.shadowRoot.querySelector('[content]').getBoundingClientRect()
                  : {top: 0, bottom: window.innerHeight};
              const r = el.getBoundingClientRect();
              if (r.bottom <= visible.top || r.top >= visible.bottom) el.scrollIntoView({block: 'nearest'});
            });
            let pending = false;
            new MutationObserver(() => {
              if (pending || !last) return;
              pending = true;
              requestAnimationFrame(() => { pending = false; restore(); });
            }).observe(document.body, {childList: true, subtree: true, attributes: true,
                                       attributeFilter: ['hidden', 'disabled', 'style']});
            """;

    private KeyboardFocus() {
    }

    static void installIn(UI ui) {
        ui.getPage().executeJs(INSTALL);
    }
}
