package com.clubstom.staff;

import java.util.UUID;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The staff photos, one per member, keyed by the member's id. */
interface PhotoAlbum extends MongoRepository<StaffPhoto, UUID> {
}
