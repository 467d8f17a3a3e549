package it.lombardia.codesign.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;

/**
 * A group of check boxes of which at least one must be ticked, shown as required to sighted users
 * and to screen readers without the attribute that Vaadin's own required group uses.
 * <p>
 * Why: {@code vaadin-checkbox-group} marked required puts {@code aria-required="true"} on its host,
 * whose role is {@code group}; ARIA 1.2 allows {@code aria-required} only on roles such as
 * {@code radiogroup} or {@code textbox} (axe-core: aria-allowed-attr; vaadin/web-components#2931),
 * and NVDA does not announce it on a group. So the element is never marked required: the style class
 * {@value #STYLE} draws the same indicator as on the other required fields ({@code a11y.css}), and
 * the helper text says "required" in words; the group's {@code aria-describedby} points to its
 * helper text, so screen readers read it when the focus enters the group.
 * <p>
 * The rule itself stays where it is (the service, and the form's validator for the message at the
 * field): the group shows an error message like any field, and Vaadin announces it when it appears.
 */
public class RequiredCheckboxGroup<T> extends CheckboxGroup<T> {

    static final String STYLE = "required-choice";

    public RequiredCheckboxGroup() {
        addClassName(STYLE);
        setHelperText(getTranslation("field.required-choice"));
    }

    /**
     * The group is always required; Vaadin's required flag is never set on the element (it would add
     * the attribute this class exists to avoid), so a call from a {@code Binder.asRequired} is ignored.
     * Being left unset, it also keeps Vaadin's own "required" check, which has no message, from
     * firing before the form's validator with its message.
     */
    @Override
    public void setRequiredIndicatorVisible(boolean requiredIndicatorVisible) {
        // deliberately not passed on: see above
    }

    /** An instruction to choose means nothing on a group that cannot be changed. */
    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        setHelperText(readOnly ? null : getTranslation("field.required-choice"));
    }
}
