package com.clubstom.scheduling;

import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates every collection this context writes inside transactions before the first transaction does: two transactions
 * creating the same collection at once fail (and MongoDB under Wine crashed on it). A new collection of the context is
 * added here.
 */
@Component
class SchedulingCollections implements InitializingBean {

	private final MongoTemplate mongo;

	SchedulingCollections(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		var collections = List.of(CalendarLocks.COLLECTION, mongo.getCollectionName(Appointment.class),
				mongo.getCollectionName(WaitingListEntry.class), mongo.getCollectionName(FreedSlot.class));
		for (var collection : collections) {
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
