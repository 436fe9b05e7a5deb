package com.clubstom.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person who works in the clinic: who they are ({@link StaffMemberDetails}), their certificates, whether they work
 * now, whether a photo is on file, and the login account they use (linked by the accounts feature). Every change goes
 * through an intention-named method that checks {@link StaffMemberRules} and registers the event other contexts react
 * to. Two owner sessions may edit at the same time, so saves are guarded by {@link Version}.
 */
@AggregateRoot
@Document("staff_members")
@CompoundIndex(name = "status_sort_name", def = "{'status': 1, 'sortName': 1}")
public class StaffMember extends AbstractAggregateRoot<StaffMember> {

	@Id
	@Identity
	private final UUID id;

	private StaffMemberDetails details;
	private List<Certificate> certificates;
	private StaffStatus status;
	private LocalDate dismissedOn;
	private boolean photoOnFile;
	@Indexed(sparse = true)
	private UUID accountId;
	private final ChangeMark registered;
	private ChangeMark lastChanged;

	// derived from the details on every change, for the catalogue's search and order
	private String sortName;
	private String searchText;

	@Version
	private Long version;

	@PersistenceCreator
	StaffMember(UUID id, StaffMemberDetails details, List<Certificate> certificates, StaffStatus status,
			LocalDate dismissedOn, boolean photoOnFile, UUID accountId, ChangeMark registered, ChangeMark lastChanged,
			Long version) {
		this.id = id;
		this.details = details;
		this.certificates = certificates == null ? new ArrayList<>() : new ArrayList<>(certificates);
		this.status = status;
		this.dismissedOn = dismissedOn;
		this.photoOnFile = photoOnFile;
		this.accountId = accountId;
		this.registered = registered;
		this.lastChanged = lastChanged;
		this.version = version;
		deriveSearchFields();
	}

	/**
	 * Takes a person on the staff; they start {@link StaffStatus#WORKING}.
	 *
	 * @throws InvalidStaffMemberException when the details break {@link StaffMemberRules}
	 */
	static StaffMember hire(StaffMemberDetails details, ChangeMark by, LocalDate today) {
		requireValid(StaffMemberRules.check(details, today));
		var member = new StaffMember(UUID.randomUUID(), details, List.of(), StaffStatus.WORKING, null, false, null, by,
				by, null);
		member.registerEvent(new StaffMemberHired(member.id(), details.fullName(), details.position(),
				details.specialisations(), details.hireDate(), details.calendarColour().hex(), by.at(), by.username()));
		return member;
	}

	/**
	 * Replaces the details as the owner edited them.
	 *
	 * @return the names of the fields that changed (nothing is recorded when none did)
	 * @throws InvalidStaffMemberException when the new details break {@link StaffMemberRules}
	 */
	List<String> changeDetails(StaffMemberDetails newDetails, ChangeMark by, LocalDate today) {
		requireValid(StaffMemberRules.check(newDetails, today));
		var changed = details.differencesFrom(newDetails);
		if (!changed.isEmpty()) {
			details = newDetails;
			detailsChanged(by, changed);
		}
		return changed;
	}

	/**
	 * Sends the person on leave, brings them back, or dismisses them ({@code today} is the dismissal date). Setting the
	 * status they already have changes nothing.
	 *
	 * @return whether the status changed
	 */
	boolean changeStatus(StaffStatus newStatus, ChangeMark by, LocalDate today) {
		Objects.requireNonNull(newStatus, "newStatus");
		if (newStatus == status) {
			return false;
		}
		var previous = status;
		status = newStatus;
		dismissedOn = newStatus == StaffStatus.DISMISSED ? today : null;
		lastChanged = by;
		registerEvent(new StaffMemberStatusChanged(id(), fullName(), previous, newStatus, by.at(), by.username()));
		if (newStatus == StaffStatus.DISMISSED) {
			registerEvent(new StaffMemberDismissed(id(), fullName(), today));
		}
		return true;
	}

	/** Puts a certificate on file. */
	void addCertificate(Certificate certificate, ChangeMark by) {
		certificates.add(Objects.requireNonNull(certificate, "certificate"));
		detailsChanged(by, List.of("certificates"));
	}

	/**
	 * Takes the {@code index}-th certificate (as {@link #certificates()} lists them) off file; the version check of the
	 * save makes sure it is the one the owner saw.
	 */
	void removeCertificate(int index, ChangeMark by) {
		if (index < 0 || index >= certificates.size()) {
			throw new IllegalArgumentException("No certificate number " + index);
		}
		certificates.remove(index);
		detailsChanged(by, List.of("certificates"));
	}

	/** A photo was uploaded (it is stored apart, in {@code staff_photos}); the catalogue now shows it. */
	void photoChanged(ChangeMark by) {
		photoOnFile = true;
		lastChanged = by;
	}

	/** Links the login account this person signs in with (set by the accounts feature). */
	void linkAccount(StaffAccountId account) {
		accountId = account == null ? null : account.value();
	}

	private void detailsChanged(ChangeMark by, List<String> changed) {
		lastChanged = by;
		deriveSearchFields();
		registerEvent(new StaffMemberDetailsChanged(id(), fullName(), details.position(), details.specialisations(),
				details.calendarColour().hex(), Set.copyOf(changed), by.at(), by.username()));
	}

	private void deriveSearchFields() {
		sortName = normalised(details.fullName());
		var phoneDigits = details.phone() == null ? "" : " " + details.phone().substring(1);
		searchText = sortName + phoneDigits;
	}

	/** Lower case, ё as е: how the catalogue's search compares text. */
	static String normalised(String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT).replace('ё', 'е');
	}

	private static void requireValid(List<RuleViolation> violations) {
		if (!violations.isEmpty()) {
			throw new InvalidStaffMemberException(violations);
		}
	}

	public StaffMemberId id() {
		return new StaffMemberId(id);
	}

	public StaffMemberDetails details() {
		return details;
	}

	public String fullName() {
		return details.fullName();
	}

	/** "Орлов А. С.": the surname with initials, as a narrow calendar column heads itself. */
	public String shortName() {
		var name = new StringBuilder(details.lastName());
		for (var part : new String[] { details.firstName(), details.middleName() }) {
			if (part != null && !part.isBlank()) {
				name.append(' ').append(part.strip().charAt(0)).append('.');
			}
		}
		return name.toString();
	}

	public String initials() {
		return details.initials();
	}

	public Position position() {
		return details.position();
	}

	public CalendarColour calendarColour() {
		return details.calendarColour();
	}

	public List<Certificate> certificates() {
		return List.copyOf(certificates);
	}

	/** Whether any certificate expires within {@value Certificate#EXPIRY_WARNING_DAYS} days or has expired. */
	public boolean hasCertificatesNeedingAttentionOn(LocalDate today) {
		return certificates.stream().anyMatch(c -> c.validityOn(today) != Certificate.Validity.VALID);
	}

	public StaffStatus status() {
		return status;
	}

	public LocalDate dismissedOn() {
		return dismissedOn;
	}

	public boolean hasPhoto() {
		return photoOnFile;
	}

	/** The login account, when one is linked. */
	public java.util.Optional<StaffAccountId> accountId() {
		return java.util.Optional.ofNullable(accountId).map(StaffAccountId::new);
	}

	public ChangeMark registered() {
		return registered;
	}

	public ChangeMark lastChanged() {
		return lastChanged;
	}

	/** The version the editor saw; a save based on an older one is refused. */
	public long version() {
		return version == null ? 0 : version;
	}
}
