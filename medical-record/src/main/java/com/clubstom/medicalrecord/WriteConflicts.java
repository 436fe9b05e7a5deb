package com.clubstom.medicalrecord;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

import com.mongodb.MongoException;

/**
 * Saves that record facts (chart entries, a completed visit's findings) are retried when another save on the same
 * document won the race, rather than refused: both people keep their entries.
 */
final class WriteConflicts {

	private static final int ATTEMPTS = 10;

	private WriteConflicts() {
	}

	/** Runs {@code save} (one transaction) again after a short random pause while it loses races, up to ten times. */
	static <T> T retried(Supplier<T> save) {
		for (int attempt = 1;; attempt++) {
			try {
				return save.get();
			}
			catch (DataAccessException failure) {
				if (attempt == ATTEMPTS || !someoneSavedMeanwhile(failure)) {
					throw failure;
				}
				pause(attempt);
			}
		}
	}

	/** Another save on the same document won: a newer version, the first one inserted twice, or a write conflict. */
	static boolean someoneSavedMeanwhile(DataAccessException failure) {
		return failure instanceof OptimisticLockingFailureException || failure instanceof DuplicateKeyException
				|| failure.getMostSpecificCause() instanceof MongoException mongo
						&& mongo.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL);
	}

	/** A short random pause so that the writers that collided do not collide again. */
	private static void pause(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while saving", interrupted);
		}
	}
}
