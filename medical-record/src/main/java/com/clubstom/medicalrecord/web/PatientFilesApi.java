package com.clubstom.medicalrecord.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import com.clubstom.medicalrecord.FileFilter;
import com.clubstom.medicalrecord.FileKind;
import com.clubstom.medicalrecord.PatientFile;
import com.clubstom.medicalrecord.PatientFileId;
import com.clubstom.medicalrecord.PatientFiles;
import com.clubstom.medicalrecord.Tooth;
import com.clubstom.medicalrecord.Violation;
import com.clubstom.patients.PatientId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Patients' files for integrations (an X-ray unit's software filing its images, a patient portal): upload with the same
 * checks as the card, list, describe, download. Clinical readers read, doctors and assistants upload (the access rules);
 * every list, look and download is in the audit trail. Refusals are {@code application/problem+json}
 * ({@link PatientFilesApiErrors}).
 */
@RestController
@Tag(name = "Patient files", description = "X-rays, clinical photos and documents of a patient: JPEG, PNG, WebP, PDF, DICOM")
class PatientFilesApi {

	private final PatientFiles files;

	PatientFilesApi(PatientFiles files) {
		this.files = files;
	}

	@PostMapping(path = "/api/patients/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Uploads a file: checked by its content (the name and type must agree with it), JPEG, PNG, WebP "
			+ "and PDF up to 20 MB, DICOM up to 60 MB; pictures must decode")
	@ApiResponse(responseCode = "201", description = "Stored; Location names the file")
	@ApiResponse(responseCode = "413", description = "Larger than its format allows")
	@ApiResponse(responseCode = "422", description = "Refused: errors[field, code, message] say why")
	@ApiResponse(responseCode = "404", description = "No such patient")
	ResponseEntity<FileEntry> upload(@PathVariable UUID id, @RequestPart(name = "file", required = false) MultipartFile file,
			@Parameter(description = "X_RAY, PHOTO or DOCUMENT; none: told by the content") @RequestParam(required = false) String kind,
			@Parameter(description = "FDI numbers, e.g. 36,37") @RequestParam(required = false) List<String> teeth,
			@Parameter(description = "The clinical visit it belongs to") @RequestParam(required = false) String visitId,
			@Parameter(description = "The day it was taken, e.g. 2026-11-20; none: today") @RequestParam(required = false) String takenOn,
			@RequestParam(required = false) String title, @RequestParam(required = false) String description) {
		var form = new FileDescriptionForm();
		form.setFile(file == null ? List.of() : List.of(file));
		form.setKind(kind);
		form.setTeeth(teeth == null ? "" : String.join(",", teeth));
		form.setVisitId(visitId);
		form.setTakenOn(takenOn);
		form.setTitle(title);
		form.setDescription(description);
		var unreadable = new ArrayList<Violation>();
		var described = form.toDescription(unreadable);
		if (!unreadable.isEmpty()) {
			throw new UnreadableFileFieldsException(unreadable);
		}
		var stored = files.upload(new PatientId(id), form.uploads(), described).get(0);
		return ResponseEntity.created(URI.create("/api/files/" + stored.id())).body(FileEntry.of(stored));
	}

	@GetMapping("/api/patients/{id}/files")
	@Operation(summary = "The patient's files, newest first, without their content (the list is recorded in the audit trail)")
	@ApiResponse(responseCode = "404", description = "No such patient")
	List<FileEntry> list(@PathVariable UUID id,
			@Parameter(description = "Only files showing this tooth (FDI)") @RequestParam(required = false) Integer tooth,
			@Parameter(description = "Only files of this kind") @RequestParam(required = false) FileKind kind,
			@Parameter(description = "Only files of this visit") @RequestParam(required = false) UUID visitId) {
		return files.open(new PatientId(id), new FileFilter(tooth, kind, visitId)).stream().map(FileEntry::of).toList();
	}

	@GetMapping("/api/files/{fileId}")
	@Operation(summary = "What describes one file (the look is recorded in the audit trail)")
	@ApiResponse(responseCode = "404", description = "No such file, or archived")
	FileEntry get(@PathVariable UUID fileId) {
		return files.look(new PatientFileId(fileId)).map(FileEntry::of)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@GetMapping("/api/files/{fileId}/content")
	@Operation(summary = "Downloads the file under its original name (recorded in the audit trail as an export)")
	@ApiResponse(responseCode = "404", description = "No such file, or archived")
	ResponseEntity<Resource> content(@PathVariable UUID fileId, WebRequest request) {
		return FileResponses.content(files.download(new PatientFileId(fileId))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)), true, request);
	}

	@GetMapping("/api/files/{fileId}/thumbnail")
	@Operation(summary = "A picture's thumbnail: a JPEG of 320 pixels on its longer side, never changing")
	@ApiResponse(responseCode = "404", description = "No such file, archived, or not a picture")
	ResponseEntity<byte[]> thumbnail(@PathVariable UUID fileId, WebRequest request) {
		var file = files.find(new PatientFileId(fileId)).filter(PatientFile::hasThumbnail)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return FileResponses.thumbnail(file, () -> files.thumbnail(file.id())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)), request);
	}

	/**
	 * One file as integrations see it.
	 *
	 * @param contentType detected from the bytes: image/jpeg, image/png, image/webp, application/pdf, application/dicom
	 * @param sha256 of the content, hex
	 * @param uploadedBy the username of whoever uploaded it
	 * @param thumbnailUrl null for a PDF or DICOM
	 */
	record FileEntry(UUID id, UUID patientId, FileKind kind, String contentType, String fileName, long size, String sha256,
			List<Integer> teeth, UUID visitId, LocalDate takenOn, String title, String description, Integer width,
			Integer height, Instant uploadedAt, String uploadedBy, String downloadUrl, String thumbnailUrl) {

		static FileEntry of(PatientFile file) {
			var self = "/api/files/" + file.id();
			return new FileEntry(file.id().value(), file.patientId().value(), file.kind(), file.contentType(), file.fileName(),
					file.size(), file.sha256(), file.teeth().stream().map(Tooth::number).toList(), file.visitId(),
					file.takenOn(), file.title(), file.description(), file.width(), file.height(), file.uploadedAt(),
					file.uploadedBy().username(), self + "/content", file.hasThumbnail() ? self + "/thumbnail" : null);
		}
	}

	/** Fields of the upload that could not be read (a tooth that is no number, a date, the kind, the visit). */
	static final class UnreadableFileFieldsException extends RuntimeException {

		private final transient List<Violation> violations;

		UnreadableFileFieldsException(List<Violation> violations) {
			super("Unreadable fields: " + violations);
			this.violations = List.copyOf(violations);
		}

		List<Violation> violations() {
			return violations;
		}
	}
}
