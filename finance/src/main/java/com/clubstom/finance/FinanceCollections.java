package com.clubstom.finance;

import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates every collection this context writes inside transactions before the first transaction does: two transactions
 * creating the same collection at once fail. A new collection of the context is added here.
 */
@Component
class FinanceCollections implements InitializingBean {

	/**
	 * The ledger's entries, the accounts that order them, the receipt counters; the till's operations and days; the
	 * payroll's accruals, the visits it heard of and the payouts it keeps.
	 */
	static final List<String> COLLECTIONS = List.of("ledger_entries", "patient_accounts", "finance_counters",
			"cash_operations", "cash_days", "payroll_accruals", "payroll_visits", "salary_payouts");

	private final MongoTemplate mongo;

	FinanceCollections(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		for (var collection : COLLECTIONS) {
			if (!mongo.collectionExists(collection)) {
				try {
					mongo.createCollection(collection);
				}
				catch (DataAccessException createdByAnotherNode) {
					// another node started at the same moment: the collection is there either way
				}
			}
		}
	}
}
