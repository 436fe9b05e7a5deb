package com.clubstom.medicalrecord;

import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Creates the collections of patients' files and the GridFS bucket's indexes at start-up, before the first upload: two
 * creating a collection at once can fail (and MongoDB under Wine crashed on it), and the driver would otherwise look for
 * the bucket's indexes on the first upload of every node.
 */
@Component
class PatientFileCollections implements InitializingBean {

	private final MongoTemplate mongo;

	PatientFileCollections(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		var files = FileStore.BUCKET + ".files";
		var chunks = FileStore.BUCKET + ".chunks";
		for (var collection : List.of(PatientFile.COLLECTION, files, chunks)) {
			if (!mongo.collectionExists(collection)) {
				try {
					mongo.createCollection(collection);
				}
				catch (DataAccessException createdByAnotherNode) {
					// another node started at the same moment: the collection is there either way
				}
			}
		}
		// the indexes GridFS itself would create, by the same names
		mongo.indexOps(files).createIndex(new Index().on("filename", Sort.Direction.ASC).on("uploadDate", Sort.Direction.ASC));
		mongo.indexOps(chunks).createIndex(new Index().on("files_id", Sort.Direction.ASC).on("n", Sort.Direction.ASC).unique());
	}
}
