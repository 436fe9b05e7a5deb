package com.clubstom.finance;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;

import com.mongodb.MongoException;

/**
 * Postings that lost a race for an account's or a day's counter are run again: both people's money is recorded, neither
 * is refused. Rules are checked again on each attempt, on the balance the winner left.
 */
final class Retries {

	/** Every posting of the clinic's day writes the day's counter: a busy front desk may lose several races in a row. */
	private static final int ATTEMPTS = 60;

	private Retries() {
	}

	static <T> T onConflict(Supplier<T> transaction) {
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.get();
			}
			catch (DataAccessException failure) {
				if (attempt == ATTEMPTS || !lostARace(failure)) {
					throw failure;
				}
				pause(attempt);
			}
		}
	}

	/** A write conflict in the transaction, or two first postings creating the same counter at once. */
	private static boolean lostARace(DataAccessException failure) {
		return failure instanceof DuplicateKeyException || failure.getMostSpecificCause() instanceof MongoException mongo
				&& mongo.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL);
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(1, Math.min(10L * attempt, 150)));
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while posting", interrupted);
		}
	}
}
