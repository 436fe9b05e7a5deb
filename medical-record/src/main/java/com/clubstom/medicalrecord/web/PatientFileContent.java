package com.clubstom.medicalrecord.web;

import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

import com.clubstom.medicalrecord.PatientFile;
import com.clubstom.medicalrecord.PatientFileId;
import com.clubstom.medicalrecord.PatientFiles;
import com.clubstom.patients.PatientId;

/**
 * A patient's file itself, for the card's viewer and gallery: the content to look at (audited as a view) or to download
 * (audited as an export), and the thumbnail the gallery shows (not audited: the list it belongs to is).
 */
@Controller
@RequestMapping("/patients/{id}/files/{fileId}")
class PatientFileContent {

	private final PatientFiles files;

	PatientFileContent(PatientFiles files) {
		this.files = files;
	}

	@GetMapping("/content")
	ResponseEntity<Resource> content(@PathVariable UUID id, @PathVariable UUID fileId,
			@RequestParam(defaultValue = "false") boolean download, WebRequest request) {
		var file = patientsFile(id, fileId);
		var opened = (download ? files.download(file.id()) : files.open(file.id()))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return FileResponses.content(opened, download, request);
	}

	@GetMapping("/thumbnail")
	ResponseEntity<byte[]> thumbnail(@PathVariable UUID id, @PathVariable UUID fileId, WebRequest request) {
		var file = patientsFile(id, fileId);
		if (!file.hasThumbnail()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return FileResponses.thumbnail(file, () -> files.thumbnail(file.id())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)), request);
	}

	private PatientFile patientsFile(UUID patient, UUID fileId) {
		return files.find(new PatientId(patient), new PatientFileId(fileId))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
