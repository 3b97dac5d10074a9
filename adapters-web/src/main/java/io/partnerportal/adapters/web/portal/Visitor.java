package io.partnerportal.adapters.web.portal;

import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.party.ReadersDay;
import io.partnerportal.core.signin.SignIn.SessionView;

/**
 * Who is asking: the language their pages are in, and their session when they are signed in
 * ({@code session} and {@code sessionToken} are null otherwise).
 */
record Visitor(Texts t, SessionView session, String sessionToken) {

    boolean signedIn() {
        return session != null;
    }

    PersonId person() {
        return session.person();
    }

    /** R24: the day the signed-in person reads in; UTC for a visitor nobody knows. */
    ReadersDay day() {
        return session == null ? ReadersDay.UTC : session.day();
    }

    /** The token every form of a signed-in page carries (CSRF). */
    String csrf() {
        return session == null ? null : session.csrfToken();
    }
}
