package it.lombardia.codesign.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import it.lombardia.codesign.shared.TranslatableException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The last line of defence: whatever a view did not handle becomes a translated notification,
 * never a stack trace. Unexpected failures are logged with a reference the user can quote.
 */
@Component
class UserFacingErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UserFacingErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String message;
        TranslatableException translatable = find(error, TranslatableException.class);
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Error outside of a UI", error);
            return;
        }
        if (translatable != null) {
            message = ui.getTranslation(translatable.messageKey(), translatable.arguments());
        } else if (find(error, AccessDeniedException.class) != null) {
            message = ui.getTranslation("error.not-permitted");
        } else if (find(error, OptimisticLockingFailureException.class) != null) {
            message = ui.getTranslation("error.stale");
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error, reference {}", reference, error);
            message = ui.getTranslation("error.unexpected", reference);
        }
        Notifications.error(message);
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
