package com.clubstom.finance;

import java.time.LocalDate;
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

	Optional<CashOperation> findByLedgerEntryIdAndCorrectsIsNull(UUID ledgerEntryId);

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
