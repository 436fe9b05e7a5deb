package com.clubstom.medicalrecord;

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
class MedicalRecordCollections implements InitializingBean {

	private final MongoTemplate mongo;

	MedicalRecordCollections(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		var collections = List.of(mongo.getCollectionName(DentalChart.class), mongo.getCollectionName(Visit.class),
				mongo.getCollectionName(NoteTemplate.class));
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
