package com.clubstom.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Collation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The staff context's API for the people who work in the clinic: hire, change, send on leave or dismiss, keep
 * certificates and photos, find them for the catalogue, and link them to their login accounts. Each change is saved
 * with its event in one transaction; whoever is signed in is stamped on the record.
 */
@Service
public class StaffDirectory {

	private final Roster roster;
	private final PhotoAlbum photos;
	private final MongoTemplate mongo;
	private final ClinicProfile clinic;
	private final TransactionOperations transactions;
	private final Clock clock;
	private final Accounts accounts;

	StaffDirectory(Roster roster, PhotoAlbum photos, MongoTemplate mongo, ClinicProfile clinic,
			TransactionOperations transactions, Clock clock, Accounts accounts) {
		this.accounts = accounts;
		this.roster = roster;
		this.photos = photos;
		this.mongo = mongo;
		this.clinic = clinic;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Where the clinic is: dates (dismissal, certificate expiry) are the clinic's dates. */
	public ZoneId clinicZone() {
		return clinic.timeZone();
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(clinicZone()));
	}

	/**
	 * Takes a person on the staff.
	 *
	 * @throws InvalidStaffMemberException when the details break {@link StaffMemberRules}
	 */
	public StaffMemberId hire(StaffMemberDetails details) {
		var member = StaffMember.hire(details, mark(), today());
		return transactions.execute(status -> roster.save(member)).id();
	}

	/** The colour the next person gets unless the owner picks one: the palette's next, by headcount. */
	public CalendarColour suggestedColour() {
		return CalendarColour.fromPalette(roster.count());
	}

	/**
	 * Saves the owner's edit of a staff member the owner saw at {@code seenVersion}.
	 *
	 * @return the names of the fields that changed
	 * @throws StaffMemberChangedMeanwhileException when someone else saved the member after the editor opened it
	 * @throws InvalidStaffMemberException when the details break {@link StaffMemberRules}
	 */
	public List<String> change(StaffMemberId id, long seenVersion, StaffMemberDetails details) {
		var today = today();
		return change(id, seenVersion, member -> member.changeDetails(details, mark(), today));
	}

	/** Sends on leave, brings back or dismisses; the status the member already has changes nothing. */
	public boolean setStatus(StaffMemberId id, StaffStatus status) {
		var today = today();
		return !change(id, null, member -> member.changeStatus(status, mark(), today) ? List.of("status") : List.of())
				.isEmpty();
	}

	/** Puts a certificate on the member's file. */
	public void addCertificate(StaffMemberId id, Certificate certificate) {
		change(id, null, member -> {
			member.addCertificate(certificate, mark());
			return List.of("certificates");
		});
	}

	/**
	 * Takes the {@code index}-th certificate off file, as listed to the owner at {@code seenVersion}.
	 *
	 * @throws StaffMemberChangedMeanwhileException when the list changed since
	 */
	public void removeCertificate(StaffMemberId id, long seenVersion, int index) {
		change(id, seenVersion, member -> {
			member.removeCertificate(index, mark());
			return List.of("certificates");
		});
	}

	/**
	 * Stores an uploaded photo (replacing an earlier one) with its square thumbnail.
	 *
	 * @throws PhotoRejectedException when the file is not a JPEG, PNG or WebP image of at most 5 MB
	 */
	public void changePhoto(StaffMemberId id, byte[] upload) {
		var portrait = Portrait.of(upload);
		var by = mark();
		transactions.executeWithoutResult(status -> {
			var member = load(id);
			photos.save(StaffPhoto.of(id, portrait, by.at()));
			member.photoChanged(by);
			roster.save(member);
		});
	}

	/** The photo as uploaded. */
	public Optional<PhotoImage> photo(StaffMemberId id) {
		return photos.findById(id.value()).map(StaffPhoto::original);
	}

	/** The square thumbnail the catalogue and the profile show. */
	public Optional<PhotoImage> thumbnail(StaffMemberId id) {
		return photos.findById(id.value()).map(StaffPhoto::thumbnail);
	}

	public Optional<StaffMember> find(StaffMemberId id) {
		return roster.findById(id.value());
	}

	/** The staff member who signs in with this account. */
	public Optional<StaffMember> findByAccount(StaffAccountId account) {
		return roster.findByAccountId(account.value());
	}

	/** The staff member who signs in as {@code username}, when their account is linked to their record. */
	public Optional<StaffMember> findBySignIn(String username) {
		return accounts.findForSignIn(username).flatMap(account -> findByAccount(account.id()));
	}

	/** Links the login account the member signs in with (replacing an earlier link). */
	public void linkAccount(StaffMemberId id, StaffAccountId account) {
		transactions.executeWithoutResult(status -> {
			var member = load(id);
			member.linkAccount(account);
			roster.save(member);
		});
	}

	/** The catalogue: people matching the query, by surname in Russian alphabetical order. */
	public List<StaffMember> catalogue(StaffCatalogueQuery query) {
		var criteria = new Criteria();
		var wanted = switch (query.shown()) {
			case CURRENT -> List.of(StaffStatus.WORKING, StaffStatus.ON_LEAVE);
			case DISMISSED -> List.of(StaffStatus.DISMISSED);
			case ALL -> List.of(StaffStatus.values());
		};
		criteria.and("status").in(wanted);
		if (query.specialisation() != null) {
			criteria.and("details.specialisations").is(query.specialisation());
		}
		var words = StaffMember.normalised(query.text()).split("\\s+");
		var textCriteria = new java.util.ArrayList<Criteria>();
		for (var word : words) {
			if (!word.isBlank()) {
				var digits = word.replaceAll("\\D", "");
				var term = digits.length() >= 3 && digits.length() == word.replaceAll("[\\s()+.-]", "").length()
						? digits : word;
				textCriteria.add(Criteria.where("searchText").regex(Pattern.quote(term)));
			}
		}
		if (!textCriteria.isEmpty()) {
			criteria.andOperator(textCriteria.toArray(Criteria[]::new));
		}
		var search = Query.query(criteria).with(Sort.by("sortName")).collation(Collation.of("ru"));
		return mongo.find(search, StaffMember.class);
	}

	/**
	 * Applies {@code work} to the stored member in one transaction, refusing it when the member is no longer at the
	 * version the editor saw ({@code null}: any version) or when a concurrent save wins the race.
	 */
	private List<String> change(StaffMemberId id, Long seenVersion, Function<StaffMember, List<String>> work) {
		try {
			return transactions.execute(status -> {
				var member = load(id);
				if (seenVersion != null && member.version() != seenVersion) {
					throw new StaffMemberChangedMeanwhileException(member);
				}
				var changed = work.apply(member);
				if (!changed.isEmpty()) {
					roster.save(member);
				}
				return changed;
			});
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException concurrentSave) {
			throw new StaffMemberChangedMeanwhileException(load(id));
		}
	}

	private StaffMember load(StaffMemberId id) {
		return find(id).orElseThrow(() -> new UnknownStaffMemberException(id));
	}

	/** Now, and who is signed in ({@code system} for start-up work such as demo data). */
	private ChangeMark mark() {
		var signedIn = SecurityContextHolder.getContext().getAuthentication();
		var username = signedIn == null || signedIn.getName() == null ? "system" : signedIn.getName();
		return new ChangeMark(clock.instant().truncatedTo(ChronoUnit.MILLIS), username);
	}
}
