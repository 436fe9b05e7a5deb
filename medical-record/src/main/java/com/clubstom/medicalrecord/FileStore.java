package com.clubstom.medicalrecord;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;

import com.clubstom.kernel.FileFormat;
import com.clubstom.patients.PatientId;

/**
 * The content of patients' files and their thumbnails, in the GridFS bucket {@value #BUCKET} (collections
 * {@code patient_files.files} and {@code patient_files.chunks}): streamed in and out in 255 kB chunks, never held
 * whole in memory, so a 60 MB DICOM costs no more heap than a photo. Each stored file names its patient and media type
 * in its GridFS metadata, so the bucket alone still says whose it is.
 */
@Component
class FileStore {

	static final String BUCKET = "patient_files";

	private final GridFSBucket bucket;

	FileStore(MongoDatabaseFactory databases) {
		this.bucket = GridFSBuckets.create(databases.getMongoDatabase(), BUCKET);
	}

	/** Streams {@code content} into the bucket, counting and hashing it on the way. */
	StoredContent store(InputStream content, String fileName, FileFormat format, PatientId patient) {
		var digest = sha256();
		var counted = new CountingStream(new DigestInputStream(content, digest));
		var id = bucket.uploadFromStream(fileName, counted, options(format, patient));
		return new StoredContent(id, counted.count, HexFormat.of().formatHex(digest.digest()));
	}

	/** Stores a small file (a thumbnail) from memory. */
	ObjectId store(byte[] bytes, String fileName, FileFormat format, PatientId patient) {
		return store(new ByteArrayInputStream(bytes), fileName, format, patient).id();
	}

	/** The stored content, to be read and closed by the caller. */
	InputStream open(ObjectId id) {
		return bucket.openDownloadStream(id);
	}

	/** Takes content out of the bucket: only for content whose file could not be recorded. */
	void delete(ObjectId id) {
		if (id != null) {
			bucket.delete(id);
		}
	}

	private static GridFSUploadOptions options(FileFormat format, PatientId patient) {
		return new GridFSUploadOptions()
				.metadata(new Document("patientId", patient.value()).append("contentType", format.contentType()));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java has SHA-256", impossible);
		}
	}

	/** Counts the bytes read through it. */
	private static final class CountingStream extends FilterInputStream {

		private long count;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int read = super.read();
			if (read >= 0) {
				count++;
			}
			return read;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			if (read > 0) {
				count += read;
			}
			return read;
		}
	}
}
