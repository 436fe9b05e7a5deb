package com.clubstom.medicalrecord;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

/** The clinic's note templates. */
interface NoteTemplates extends CrudRepository<NoteTemplate, UUID> {

	List<NoteTemplate> findByActiveTrueOrderBySectionAscTitleAsc();

	List<NoteTemplate> findAllByOrderBySectionAscTitleAsc();
}
