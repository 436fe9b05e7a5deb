package com.clubstom.finance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.mongodb.repository.MongoRepository;

import com.clubstom.kernel.Money;

/** The cash desk's operations; only ever inserted. */
interface CashOperations extends MongoRepository<CashOperation, UUID> {

	List<CashOperation> findByDayOrderByNumberAsc(LocalDate day);

	/** The operations strictly after {@code after} and before {@code before}: days no closing has summed up yet. */
	List<CashMovement> findMovementsByDayBetween(LocalDate after, LocalDate before);

	List<CashMovement> findMovementsByDayBefore(LocalDate before);

	Optional<CashOperation> findByCorrects(UUID corrects);

	/** The corrections of any of {@code corrected}, only what they reverse (through the index on {@code corrects}). */
	List<Reversal> findReversalsByCorrectsIn(Collection<UUID> corrected);

	/** The operation with this key: {@code ledger:<entry>} is the one that mirrors the entry (unique, indexed). */
	Optional<CashOperation> findBySourceKey(String sourceKey);

	/** Which operation a correction reverses (a DTO projection). */
	record Reversal(UUID corrects) {
	}

	/** What an operation does to the till, read without the rest (a DTO projection). */
	record CashMovement(CashKind kind, Money amount, PaymentMethod method, UUID corrects) {

		Money cash() {
			if (method == null || !method.isCash()) {
				return Money.ZERO;
			}
			return CashOperation.signed(kind, amount, corrects != null);
		}
	}
}
