package com.code2asin.support;

import io.vertx.core.VertxException;
import io.vertx.sqlclient.DatabaseException;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Which failures of consumer work pass by themselves, so that trying again a little later may succeed: PostgreSQL
 * losing a connection (SQL state 08), a deadlock or serialization failure (40), out of resources (53), shutting down
 * or starting (57P), a lock not available (55P03); an I/O failure, a timeout, a Vert.x connection failure; a Kafka
 * failure its client calls retriable. Any other failure (a bug, an invalid event, a constraint) does not pass.
 * A service adds its own rules, asked first about each failure of the cause chain.
 */
public final class TransientFailures {

    /** What a rule says about one failure of a cause chain. */
    public enum Verdict {
        PASSES, LASTS, UNDECIDED
    }

    /** A service's own rule: {@link Verdict#UNDECIDED} leaves the failure to the common rules. */
    @FunctionalInterface
    public interface Rule {
        Verdict about(Throwable failure);
    }

    private TransientFailures() {
    }

    /** Whether the failure passes, by the common rules alone. */
    public static boolean passes(Throwable failure) {
        return passes(failure, ignored -> Verdict.UNDECIDED);
    }

    /**
     * Whether the failure passes: the first failure of its cause chain, from the outermost, that {@code own} or else
     * a common rule has a verdict on decides; a chain no rule decides does not pass.
     */
    public static boolean passes(Throwable failure, Rule own) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Verdict verdict = own.about(t);
            if (verdict == Verdict.UNDECIDED) {
                verdict = common(t);
            }
            if (verdict != Verdict.UNDECIDED) {
                return verdict == Verdict.PASSES;
            }
        }
        return false;
    }

    private static Verdict common(Throwable t) {
        if (t instanceof DatabaseException db) {
            return passingSqlState(db.getSqlState()) ? Verdict.PASSES : Verdict.LASTS;
        }
        if (t instanceof IOException || t instanceof TimeoutException || t instanceof VertxException
                || t instanceof RetriableException) {
            return Verdict.PASSES;
        }
        return Verdict.UNDECIDED;
    }

    /** Connection lost (08), deadlock or serialization (40), out of resources (53), server restarting (57P), lock. */
    private static boolean passingSqlState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                || state.startsWith("57P") || state.equals("55P03"));
    }
}
