package com.clubstom.medicalrecord;

import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
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
		var files = FileStore.BUCKET + ".files";
		var chunks = FileStore.BUCKET + ".chunks";
		var collections = List.of(mongo.getCollectionName(DentalChart.class), mongo.getCollectionName(Visit.class),
				mongo.getCollectionName(NoteTemplate.class), mongo.getCollectionName(TreatmentPlan.class), PatientFile.COLLECTION,
				files, chunks);
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
		// the indexes GridFS itself would create for the patients' files, by the same names
		mongo.indexOps(files).createIndex(new Index().on("filename", Sort.Direction.ASC).on("uploadDate", Sort.Direction.ASC));
		mongo.indexOps(chunks).createIndex(new Index().on("files_id", Sort.Direction.ASC).on("n", Sort.Direction.ASC).unique());
	}
}
