package com.clubstom.medicalrecord;

import org.bson.types.ObjectId;

/** A file's content as GridFS keeps it: where, how many bytes, and their SHA-256 (hex). */
record StoredContent(ObjectId id, long size, String sha256) {
}
