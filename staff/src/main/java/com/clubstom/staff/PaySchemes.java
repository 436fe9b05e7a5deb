package com.clubstom.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import com.clubstom.audit.Actor;
import com.clubstom.audit.Actors;

/**
 * The staff context's API for pay schemes: the owner or the accountant sets how each person is paid from a date on;
 * payroll asks which terms apply on a date (or listens to {@link PaySchemeChanged}). "Today" is today in the clinic's
 * time zone ({@link ClinicProfile}). Each change is saved with its event in one transaction.
 */
@Service
public class PaySchemes {

	private final PayHistories histories;
	private final ClinicProfile clinic;
	private final Clock clock;
	private final TransactionOperations transactions;
	private final ObjectProvider<Actors> actors;

	PaySchemes(PayHistories histories, ClinicProfile clinic, Clock clock, TransactionOperations transactions,
			ObjectProvider<Actors> actors) {
		this.histories = histories;
		this.clinic = clinic;
		this.clock = clock;
		this.transactions = transactions;
		this.actors = actors;
	}

	/** The terms that apply to the person on {@code date}; none when nothing was set for it. */
	public Optional<PayTerms> effectiveOn(StaffMemberId staffMember, LocalDate date) {
		return payHistoryOf(staffMember).effectiveOn(date);
	}

	/** Every terms on record for the person, the earliest first. */
	public List<PayTerms> history(StaffMemberId staffMember) {
		return payHistoryOf(staffMember).entries();
	}

	/** The person's history with its version (for an editor); an empty one when their pay was never set. */
	public PayHistory payHistoryOf(StaffMemberId staffMember) {
		return histories.findById(staffMember.value()).orElseGet(() -> PayHistory.emptyFor(staffMember));
	}

	/**
	 * Pays the person on {@code terms} from {@code effectiveFrom} on (replacing the terms held from that date on), as the
	 * editor decided seeing the history at {@code seenVersion} ({@link PayHistory#version()}).
	 *
	 * @throws InvalidPayTermsException when the date or the terms break a rule of {@link PayHistory#check}
	 * @throws PaySchemeChangedMeanwhileException when someone else changed the history after the editor saw it
	 */
	public void setTerms(StaffMemberId staffMember, LocalDate effectiveFrom, PayTerms terms, long seenVersion) {
		var today = today();
		try {
			transactions.executeWithoutResult(status -> {
				var history = payHistoryOf(staffMember);
				if (history.version() != seenVersion) {
					throw new PaySchemeChangedMeanwhileException(staffMember);
				}
				history.setTerms(effectiveFrom, terms, today, clock.instant(), actor());
				histories.save(history);
			});
		}
		catch (OptimisticLockingFailureException | DuplicateKeyException racedWithAnotherSave) {
			throw new PaySchemeChangedMeanwhileException(staffMember);
		}
	}

	/** What {@link #setTerms} would refuse, for the form (see {@link PayHistory#check}). */
	public List<RuleViolation> check(LocalDate effectiveFrom, PayTerms terms) {
		return PayHistory.check(effectiveFrom, terms, today());
	}

	/** Today in the clinic's time zone. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(clinic.timeZone()));
	}

	private String actor() {
		return actors.getIfAvailable(() -> Actor::system).current().username();
	}

	/** Someone else changed the pay history after the editor saw it; nothing was changed. */
	public static class PaySchemeChangedMeanwhileException extends RuntimeException {

		PaySchemeChangedMeanwhileException(StaffMemberId staffMember) {
			super("The pay scheme of " + staffMember + " changed meanwhile");
		}
	}
}
