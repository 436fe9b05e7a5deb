package com.clubstom.staff;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A staff member's photo as stored: the original upload and its thumbnail, in a document of its own (keyed by the
 * member's id) so loading the catalogue never loads image bytes. 5 MB fits well inside MongoDB's 16 MB document limit.
 */
@AggregateRoot
@Document("staff_photos")
class StaffPhoto {

	@Id
	@Identity
	private final UUID id;

	private final byte[] original;
	private final String contentType;
	private final byte[] thumbnail;
	private final String thumbnailContentType;
	/** Changes with every upload: the HTTP ETag of both images. */
	private final String tag;
	private final Instant uploadedAt;

	@PersistenceCreator
	StaffPhoto(UUID id, byte[] original, String contentType, byte[] thumbnail, String thumbnailContentType, String tag,
			Instant uploadedAt) {
		this.id = id;
		this.original = original;
		this.contentType = contentType;
		this.thumbnail = thumbnail;
		this.thumbnailContentType = thumbnailContentType;
		this.tag = tag;
		this.uploadedAt = uploadedAt;
	}

	static StaffPhoto of(StaffMemberId member, Portrait portrait, Instant now) {
		return new StaffPhoto(member.value(), portrait.original(), portrait.contentType(), portrait.thumbnail(),
				portrait.thumbnailContentType(), UUID.randomUUID().toString().substring(0, 13), now);
	}

	PhotoImage original() {
		return new PhotoImage(original, contentType, tag, uploadedAt);
	}

	PhotoImage thumbnail() {
		return new PhotoImage(thumbnail, thumbnailContentType, tag + "-t", uploadedAt);
	}
}
