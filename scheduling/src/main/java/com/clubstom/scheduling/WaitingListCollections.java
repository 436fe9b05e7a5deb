package com.clubstom.scheduling;

import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates the waiting list's collections at start-up. The event listeners write them inside transactions, and two
 * transactions creating the same collection at once fail (MongoDB under Wine crashed on it), see {@link CalendarLocks}.
 */
@Component
class WaitingListCollections implements InitializingBean {

	private final MongoTemplate mongo;

	WaitingListCollections(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		for (var type : List.of(WaitingListEntry.class, FreedSlot.class)) {
			var collection = mongo.getCollectionName(type);
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
