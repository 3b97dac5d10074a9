package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.PortalException;
import io.partnerportal.core.domain.error.UnavailableException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.eclipse.persistence.exceptions.EclipseLinkException;

/**
 * Turns what the database, the pool or EclipseLink throw into the core's vocabulary: a stale
 * version or a lost race is a {@code CONCURRENT_UPDATE}, a taken unique key a {@code DUPLICATE},
 * a database that cannot be reached {@code UNAVAILABLE}. Anything else is a bug and stays as it is.
 */
final class Failures {
    private Failures() {
    }

    static RuntimeException translate(RuntimeException failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 20; depth++) {
            RuntimeException mapped = map(t);
            if (mapped != null) {
                return mapped;
            }
            Throwable next = t.getCause();
            if (next == null && t instanceof EclipseLinkException e) {
                next = e.getInternalException();
            }
            if (next == null && t instanceof SQLException sql) {
                next = sql.getNextException();
            }
            t = next == t ? null : next;
        }
        return failure;
    }

    private static RuntimeException map(Throwable t) {
        if (t instanceof PortalException p) {
            return p;
        }
        if (t instanceof jakarta.persistence.OptimisticLockException
                || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
            return new ConflictException(ErrorCode.CONCURRENT_UPDATE,
                    "the data was changed by another request; read it again and retry", t);
        }
        if (t instanceof jakarta.persistence.EntityExistsException) {
            return duplicate(t);
        }
        if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException
                || t instanceof SocketTimeoutException) {
            return unavailable(t);
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            if (state.equals("23505")) {
                return duplicate(t);
            }
            if (state.startsWith("40") || state.equals("HYT00") || state.equals("55P03")) {
                return new ConflictException(ErrorCode.CONCURRENT_UPDATE,
                        "another request holds the same data; retry", t);
            }
            if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")) {
                return unavailable(t);
            }
        }
        return null;
    }

    private static ConflictException duplicate(Throwable t) {
        return new ConflictException(ErrorCode.DUPLICATE, "it exists already", t);
    }

    private static UnavailableException unavailable(Throwable t) {
        return new UnavailableException("the database cannot be reached; retry later", t);
    }
}
