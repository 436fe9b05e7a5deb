package com.clubstom.medicalrecord.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

import com.clubstom.medicalrecord.ClinicalAccess;
import com.clubstom.medicalrecord.FileFilter;
import com.clubstom.medicalrecord.FileKind;
import com.clubstom.medicalrecord.FileLimits;
import com.clubstom.medicalrecord.InvalidPatientFileException;
import com.clubstom.medicalrecord.PatientFile;
import com.clubstom.medicalrecord.PatientFileChangedMeanwhileException;
import com.clubstom.medicalrecord.PatientFileId;
import com.clubstom.medicalrecord.PatientFiles;
import com.clubstom.medicalrecord.Tooth;
import com.clubstom.medicalrecord.Violation;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.UnknownPatientException;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxReswap;

/**
 * The "Files" tab of the patient card: the gallery of X-rays, photos and documents with its filters, the upload dialog
 * (several files at once; refusals beside the field with the files still chosen, because only the fields below the file
 * picker are redrawn; a success redraws the gallery and closes the dialog with the {@code files-uploaded} event), the
 * viewer with the description doctors and assistants may correct, archiving, and the strip of a tooth's pictures the
 * dental chart loads into its tooth panel. A description or an archive tells the page with the {@code files-changed}
 * event, and the gallery and the tooth strip reload themselves. The access rules let clinical readers GET these paths and
 * clinicians post.
 */
@Controller
@RequestMapping("/patients/{id}")
class PatientFilesController {

	static final String CHANGED_EVENT = "files-changed";
	/** Closes the upload dialog (patient-files.js) once the gallery behind it is redrawn. */
	static final String UPLOADED_EVENT = "files-uploaded";

	private final PatientFiles files;
	private final PatientRegistry registry;

	PatientFilesController(PatientFiles files, PatientRegistry registry) {
		this.files = files;
		this.registry = registry;
	}

	@GetMapping("/tabs/files")
	String tab(@PathVariable UUID id, @RequestParam(required = false) Integer tooth, @RequestParam(required = false) FileKind kind,
			Authentication signedIn, Model model) {
		var patient = new PatientId(id);
		var all = files.open(patient, FileFilter.all());
		return gallery(patient, all, tooth, kind, signedIn, model);
	}

	/** The upload dialog; from a visit's page the files are linked to that visit. */
	@GetMapping("/files/new")
	String uploadDialog(@PathVariable UUID id, @RequestParam(required = false) UUID visit, Model model) {
		var patient = registry.find(new PatientId(id)).orElseThrow(() -> new UnknownPatientException(new PatientId(id)));
		var form = FileDescriptionForm.forUpload(files.today());
		form.setVisitId(visit == null ? null : visit.toString());
		model.addAttribute("upload", form);
		model.addAttribute("patientName", patient.fullName());
		describeUpload(patient.id(), model);
		return "files/upload :: dialog";
	}

	/** Stores the files chosen; a refusal redraws the fields below the file picker with the reasons beside them. */
	@PostMapping("/files")
	String upload(@PathVariable UUID id, @ModelAttribute("upload") FileDescriptionForm form, BindingResult errors,
			Authentication signedIn, HtmxResponse htmx, Model model) {
		var patient = new PatientId(id);
		var unreadable = new ArrayList<Violation>();
		var description = form.toDescription(unreadable);
		if (!unreadable.isEmpty()) {
			report(unreadable, errors);
		}
		else {
			try {
				var stored = files.upload(patient, form.uploads(), description);
				htmx.setRetarget("#patient-files");
				htmx.setReswap(HtmxReswap.outerHtml());
				model.addAttribute("toastCode", stored.size() == 1 ? "files.uploaded.one" : "files.uploaded.many");
				htmx.addTriggerAfterSwap(UPLOADED_EVENT);
				return gallery(patient, files.listOf(patient, FileFilter.all()), null, null, signedIn, model);
			}
			catch (InvalidPatientFileException refused) {
				report(refused.violations(), errors);
			}
		}
		describeUpload(patient, model);
		return "files/upload :: details";
	}

	/** The pictures of one tooth for the chart's tooth panel (the chart's own view is in the audit trail already). */
	@GetMapping("/files/teeth/{tooth}")
	String ofTooth(@PathVariable UUID id, @PathVariable int tooth, Model model) {
		if (!Tooth.isValid(tooth)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		var patient = new PatientId(id);
		model.addAttribute("patientId", id);
		model.addAttribute("tooth", tooth);
		model.addAttribute("files", files.listOf(patient, FileFilter.ofTooth(Tooth.of(tooth))).stream()
				.filter(file -> file.kind() != FileKind.DOCUMENT).toList());
		return "files/tooth :: strip";
	}

	/** The files of one visit, for its page: X-rays and photos taken at it, documents signed at it. */
	@GetMapping("/files/visits/{visit}")
	String ofVisit(@PathVariable UUID id, @PathVariable UUID visit, Authentication signedIn, Model model) {
		model.addAttribute("patientId", id);
		model.addAttribute("visitId", visit);
		model.addAttribute("mayUpload", ClinicalAccess.records(SignedIn.roles(signedIn)));
		model.addAttribute("files", files.listOf(new PatientId(id), new FileFilter(null, null, visit)));
		return "files/visit :: strip";
	}

	/** The viewer: the picture to zoom, pan and adjust (its content is audited as it loads), the PDF to open, the DICOM to download. */
	@GetMapping("/files/{fileId}")
	String viewer(@PathVariable UUID id, @PathVariable UUID fileId, Authentication signedIn, Locale locale, Model model) {
		var file = fileOf(id, fileId);
		model.addAttribute("description", FileDescriptionForm.of(file));
		return viewer(file, signedIn, locale, model);
	}

	@PostMapping("/files/{fileId}/description")
	String describe(@PathVariable UUID id, @PathVariable UUID fileId, @ModelAttribute("description") FileDescriptionForm form,
			BindingResult errors, Authentication signedIn, HtmxResponse htmx, Locale locale, Model model) {
		var file = fileOf(id, fileId);
		var unreadable = new ArrayList<Violation>();
		var description = form.toDescription(unreadable);
		if (!unreadable.isEmpty()) {
			report(unreadable, errors);
			return details(file, signedIn, locale, model);
		}
		try {
			var changed = files.describe(file.id(), form.getVersion() == null ? -1 : form.getVersion(), description);
			var saved = files.find(file.id()).orElse(file);
			model.addAttribute("description", FileDescriptionForm.of(saved));
			model.addAttribute("toastCode", changed.isEmpty() ? "files.unchanged" : "files.described");
			if (!changed.isEmpty()) {
				htmx.addTriggerAfterSettle(CHANGED_EVENT);
			}
			return details(saved, signedIn, locale, model);
		}
		catch (InvalidPatientFileException invalid) {
			report(invalid.violations(), errors);
			return details(file, signedIn, locale, model);
		}
		catch (PatientFileChangedMeanwhileException meanwhile) {
			// what this person typed stays in the form, now over the version saved meanwhile: saving again is deliberate
			form.setVersion(meanwhile.current().version());
			model.addAttribute("changedMeanwhile", meanwhile.current());
			return details(meanwhile.current(), signedIn, locale, model);
		}
	}

	/** Moves the file to the archive; the viewer closes (an empty answer into #modal-root) and the gallery reloads. */
	@PostMapping("/files/{fileId}/archive")
	String archive(@PathVariable UUID id, @PathVariable UUID fileId, HtmxResponse htmx, Model model) {
		var file = fileOf(id, fileId);
		files.archive(file.id());
		htmx.addTriggerAfterSettle(CHANGED_EVENT);
		model.addAttribute("toastCode", "files.archived");
		return "files/viewer :: closed";
	}

	@ExceptionHandler(UnknownPatientException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	void unknownPatient() {
		// the card's own 404 page says it: no such patient
	}

	/** The file, if it is this patient's and not archived. */
	private PatientFile fileOf(UUID patient, UUID fileId) {
		return files.find(new PatientId(patient), new PatientFileId(fileId))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String gallery(PatientId patient, List<PatientFile> all, Integer tooth, FileKind kind, Authentication signedIn,
			Model model) {
		model.addAttribute("patientId", patient.value());
		model.addAttribute("gallery", FileGallery.of(all, tooth, kind));
		model.addAttribute("mayUpload", ClinicalAccess.records(SignedIn.roles(signedIn)));
		model.addAttribute("kinds", FileKind.values());
		return "files/tab :: tab";
	}

	private String viewer(PatientFile file, Authentication signedIn, Locale locale, Model model) {
		describeFile(file, signedIn, locale, model);
		return "files/viewer :: dialog";
	}

	private String details(PatientFile file, Authentication signedIn, Locale locale, Model model) {
		describeFile(file, signedIn, locale, model);
		return "files/viewer :: details";
	}

	private void describeFile(PatientFile file, Authentication signedIn, Locale locale, Model model) {
		model.addAttribute("patientId", file.patientId().value());
		model.addAttribute("file", file);
		model.addAttribute("sizeNumber", FileSizes.number(file.size(), locale));
		model.addAttribute("sizeUnit", FileSizes.unitCode(file.size()));
		model.addAttribute("mayDescribe", ClinicalAccess.records(SignedIn.roles(signedIn)));
		model.addAttribute("kinds", FileKind.values());
		model.addAttribute("clinicZone", files.clinicZone());
		model.addAttribute("today", files.today());
	}

	private void describeUpload(PatientId patient, Model model) {
		model.addAttribute("patientId", patient.value());
		model.addAttribute("kinds", FileKind.values());
		model.addAttribute("today", files.today());
		model.addAttribute("largestBytes", FileLimits.LARGEST);
		model.addAttribute("largestMegabytes", FileLimits.LARGEST / (1024 * 1024));
	}

	/** Every refusal beside its field: all of them for the files (each names its file), the first for the others. */
	private static void report(List<Violation> violations, BindingResult errors) {
		for (var violation : violations) {
			if (violation.field().equals("file") || !errors.hasFieldErrors(violation.field())) {
				errors.rejectValue(violation.field(), violation.code(), violation.arguments().toArray(), null);
			}
		}
	}
}
