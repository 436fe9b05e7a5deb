package com.clubstom.medicalrecord;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates the treatment plans' collection before the first transaction writes to it: two transactions creating the same
 * collection at once fail (and MongoDB under Wine crashed on it).
 */
@Component
class TreatmentPlanCollections implements InitializingBean {

	private final MongoTemplate mongo;

	TreatmentPlanCollections(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		var collection = mongo.getCollectionName(TreatmentPlan.class);
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
