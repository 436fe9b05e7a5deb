package com.clubstom.staff.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clubstom.staff.InvalidStaffMemberException;
import com.clubstom.staff.PhotoImage;
import com.clubstom.staff.PhotoRejectedException;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;
import com.clubstom.staff.StaffMemberChangedMeanwhileException;
import com.clubstom.staff.StaffMemberId;
import com.clubstom.staff.StaffMemberRules;
import com.clubstom.staff.StaffProfileSection;
import com.clubstom.staff.StaffStatus;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

/**
 * A staff member's profile: header, contacts, biography, education, certificates, working hours and account (loaded
 * from their own features) and the statistics other contexts contribute. The owner's actions on it: edit, upload a
 * photo, set the status, add and remove certificates. Photos are served here with caching headers.
 */
@Controller
@RequestMapping("/staff/{id}")
class StaffProfileController {

	private static final CacheControl PHOTO_CACHING = CacheControl.maxAge(Duration.ofDays(30)).cachePrivate();

	private final StaffDirectory directory;
	private final ObjectProvider<StaffProfileSection> sections;
	private final PayAccess payAccess;

	StaffProfileController(StaffDirectory directory, ObjectProvider<StaffProfileSection> sections, PayAccess payAccess) {
		this.directory = directory;
		this.sections = sections;
		this.payAccess = payAccess;
	}

	@GetMapping
	String profile(@PathVariable UUID id, Authentication signedIn, Model model) {
		var member = existing(id);
		var roles = SignedIn.rolesOf(signedIn);
		model.addAttribute("sections", sections.orderedStream().filter(section -> section.isVisibleTo(roles))
				.sorted(Comparator.comparingInt(StaffProfileSection::order))
				.map(section -> new SectionView(section.key(), section.titleCode(), section.contentPath(member.id())))
				.toList());
		describe(member, signedIn, model);
		model.addAttribute("seesPay", payAccess.maySee(signedIn, member.id()));
		model.addAttribute("certificate", new CertificateInput());
		return "staff/profile";
	}

	@GetMapping("/edit")
	String editForm(@PathVariable UUID id, Model model) {
		var member = existing(id);
		return editDialog(member, StaffMemberInput.of(member), model);
	}

	/** Saves the owner's edit; someone else's save in between is shown, never overwritten. */
	@PostMapping
	Object save(@PathVariable UUID id, @ModelAttribute("staffMember") StaffMemberInput input, BindingResult errors,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		var member = existing(id);
		var details = input.toDetails(errors);
		FormErrors.report(StaffMemberRules.check(details, directory.today()), errors);
		if (errors.hasErrors()) {
			return editDialog(member, input, model);
		}
		try {
			directory.change(member.id(), input.getVersion() == null ? -1 : input.getVersion(), details);
			redirect.addFlashAttribute("toastCode", "staff-member.saved");
			return PageRedirect.to("/staff/" + id, htmx);
		}
		catch (StaffMemberChangedMeanwhileException meanwhile) {
			model.addAttribute("changedMeanwhile", meanwhile.current().lastChanged());
			return editDialog(meanwhile.current(), StaffMemberInput.of(meanwhile.current()), model);
		}
		catch (InvalidStaffMemberException invalid) {
			FormErrors.report(invalid.violations(), errors);
			return editDialog(member, input, model);
		}
	}

	/** Working, on leave, or dismissed (the page asks for confirmation first). */
	@PostMapping("/status")
	Object setStatus(@PathVariable UUID id, @RequestParam StaffStatus status, HtmxRequest htmx,
			RedirectAttributes redirect) {
		if (directory.setStatus(existing(id).id(), status)) {
			redirect.addFlashAttribute("toastCode", "staff-member.status.changed." + status);
		}
		return PageRedirect.to("/staff/" + id, htmx);
	}

	@PostMapping("/certificates")
	String addCertificate(@PathVariable UUID id, @ModelAttribute("certificate") CertificateInput input,
			BindingResult errors, Authentication signedIn, Model model) {
		var member = existing(id);
		var certificate = input.toCertificate(errors);
		if (certificate != null) {
			directory.addCertificate(member.id(), certificate);
			model.addAttribute("toastCode", "staff-member.certificate.added");
			// a fresh, empty form: drop the posted values and their binding
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "certificate");
			model.addAttribute("certificate", new CertificateInput());
			member = existing(id);
		}
		describe(member, signedIn, model);
		return "staff/profile :: certificates";
	}

	@PostMapping("/certificates/{index}/remove")
	String removeCertificate(@PathVariable UUID id, @PathVariable int index, @RequestParam long version,
			Authentication signedIn, Model model) {
		var member = existing(id);
		try {
			directory.removeCertificate(member.id(), version, index);
			model.addAttribute("toastCode", "staff-member.certificate.removed");
		}
		catch (StaffMemberChangedMeanwhileException | IllegalArgumentException meanwhile) {
			model.addAttribute("certificatesChanged", true);
		}
		describe(existing(id), signedIn, model);
		model.addAttribute("certificate", new CertificateInput());
		return "staff/profile :: certificates";
	}

	/** Stores a new photo; a refused file is explained beside the upload field. */
	@PostMapping("/photo")
	Object uploadPhoto(@PathVariable UUID id, @RequestParam(name = "photo", required = false) MultipartFile photo,
			HtmxRequest htmx, Authentication signedIn, Model model, RedirectAttributes redirect) throws IOException {
		var member = existing(id);
		try {
			directory.changePhoto(member.id(), photo == null ? new byte[0] : photo.getBytes());
			redirect.addFlashAttribute("toastCode", "staff-photo.saved");
			return PageRedirect.to("/staff/" + id, htmx);
		}
		catch (PhotoRejectedException rejected) {
			describe(member, signedIn, model);
			model.addAttribute("photoError", rejected.code());
			return htmx.isHtmxRequest() ? "staff/profile :: photo-form" : photoRefusedPage(member, signedIn, model);
		}
	}

	@GetMapping("/photo")
	ResponseEntity<byte[]> photo(@PathVariable UUID id, WebRequest request) {
		return served(directory.photo(new StaffMemberId(id)), request);
	}

	@GetMapping("/photo/thumbnail")
	ResponseEntity<byte[]> thumbnail(@PathVariable UUID id, WebRequest request) {
		return served(directory.thumbnail(new StaffMemberId(id)), request);
	}

	private static ResponseEntity<byte[]> served(Optional<PhotoImage> image, WebRequest request) {
		var found = image.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var etag = "\"" + found.tag() + "\"";
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(PHOTO_CACHING).build();
		}
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(found.contentType())).eTag(etag)
				.cacheControl(PHOTO_CACHING).header("X-Content-Type-Options", "nosniff").body(found.bytes());
	}

	private String photoRefusedPage(StaffMember member, Authentication signedIn, Model model) {
		model.addAttribute("sections", java.util.List.of());
		model.addAttribute("certificate", new CertificateInput());
		return "staff/profile";
	}

	private void describe(StaffMember member, Authentication signedIn, Model model) {
		model.addAttribute("member", member);
		model.addAttribute("details", member.details());
		model.addAttribute("managesStaff", SignedIn.managesStaff(signedIn));
	}

	private String editDialog(StaffMember member, StaffMemberInput input, Model model) {
		model.addAttribute("staffMember", input);
		model.addAttribute("stored", member);
		model.addAttribute("mode", "edit");
		model.addAttribute("action", "/staff/" + member.id());
		return "staff/form :: dialog";
	}

	private StaffMember existing(UUID id) {
		return directory.find(new StaffMemberId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** A contributed statistics section as the profile loads it. */
	record SectionView(String key, String titleCode, String contentPath) {
	}
}
