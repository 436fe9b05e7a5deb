package com.clubstom.patients;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Answers registry searches and duplicate checks straight from the indexed search keys, reading only the fields a
 * list shows (never the whole card).
 */
@Component
class PatientSearchQueries {

	private static final String COLLECTION = "patients";
	private static final int MOST_DUPLICATES_SHOWN = 5;

	private final MongoTemplate mongo;

	PatientSearchQueries(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	PatientMatches search(PatientSearch search) {
		var criteria = criteriaOf(search);
		var page = new Query(criteria).with(sortOf(search.order())).skip((long) search.page() * search.size())
				.limit(search.size());
		summaryFields(page);
		var items = mongo.find(page, Document.class, COLLECTION).stream().map(this::summaryOf).toList();
		var total = items.size() < search.size() && (search.page() == 0 || !items.isEmpty())
				? (long) search.page() * search.size() + items.size()
				: mongo.count(new Query(criteria).limit(PatientMatches.COUNT_LIMIT + 1), COLLECTION);
		var capped = total > PatientMatches.COUNT_LIMIT;
		return new PatientMatches(items, capped ? PatientMatches.COUNT_LIMIT : total, capped, search.page(), search.size());
	}

	/** Other patients with one of these phones, or with the same surname, first name and date of birth. */
	List<PatientSummary> likelyDuplicates(PatientDetails details, PatientId except) {
		var alternatives = new ArrayList<Criteria>();
		var phones = details.contacts().allPhones();
		if (!phones.isEmpty()) {
			alternatives.add(where("phones").in(phones));
		}
		if (details.lastName() != null && details.firstName() != null && details.birthDate() != null) {
			alternatives.add(where("sameness").is(SearchKeys.sameness(details.lastName(), details.firstName(),
					details.birthDate())));
		}
		if (alternatives.isEmpty()) {
			return List.of();
		}
		var criteria = new Criteria().orOperator(alternatives);
		if (except != null) {
			criteria = new Criteria().andOperator(criteria, where("_id").ne(except.value()));
		}
		var query = new Query(criteria).limit(MOST_DUPLICATES_SHOWN);
		summaryFields(query);
		return mongo.find(query, Document.class, COLLECTION).stream().map(this::summaryOf).toList();
	}

	List<String> tagsInUse() {
		// patients without tags are left out: MongoDB reports an empty array as an undefined value
		return mongo.findDistinct(new Query(where("tags.0").exists(true)), "tags", COLLECTION, String.class).stream()
				.sorted().toList();
	}

	private static Criteria criteriaOf(PatientSearch search) {
		var parts = new ArrayList<Criteria>();
		// every status named, never none: the indexes start with the status, and "any status" as an $in lets them serve
		// both the order and the search keys (without it the search scans the collection)
		parts.add(search.status() != null ? where("status").is(search.status().name())
				: where("status").in(Arrays.stream(PatientStatus.values()).map(PatientStatus::name).toList()));
		if (search.tag() != null) {
			parts.add(where("tags").is(search.tag()));
		}
		var terms = SearchTerms.parse(search.text());
		for (var alternatives : terms.keyPrefixes()) {
			var prefixes = alternatives.stream().map(prefix -> Pattern.compile("^" + Pattern.quote(prefix))).toList();
			parts.add(prefixes.size() == 1 ? where("searchKeys").regex(prefixes.get(0))
					: where("searchKeys").in(prefixes));
		}
		terms.birthDate().ifPresent(day -> parts.add(where("details.birthDate").is(day)));
		return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
	}

	private static Sort sortOf(PatientSearch.Order order) {
		return switch (order) {
			case NAME -> Sort.by("sortName", "_id");
			case REGISTERED -> Sort.by(Sort.Order.desc("registered.at"), Sort.Order.desc("_id"));
			case CHANGED -> Sort.by(Sort.Order.desc("lastChanged.at"), Sort.Order.desc("_id"));
		};
	}

	/** The summaries of the patients with these ids, in one query. */
	List<PatientSummary> summariesOf(Collection<UUID> ids) {
		var query = Query.query(Criteria.where("_id").in(ids));
		summaryFields(query);
		return mongo.find(query, Document.class, COLLECTION).stream().map(this::summaryOf).toList();
	}

	private static void summaryFields(Query query) {
		query.fields().include("details.lastName", "details.firstName", "details.middleName", "details.birthDate",
				"details.sex", "details.contacts.phone", "details.tags", "status", "consent.given", "registered.at",
				"lastChanged.at");
	}

	private PatientSummary summaryOf(Document row) {
		var details = row.get("details", Document.class);
		var contacts = details.get("contacts", Document.class);
		var consent = row.get("consent", Document.class);
		var sex = details.getString("sex");
		return new PatientSummary(new PatientId(row.get("_id", UUID.class)), details.getString("lastName"),
				details.getString("firstName"), details.getString("middleName"), localDate(details.get("birthDate")),
				sex == null ? null : Sex.valueOf(sex), contacts == null ? null : contacts.getString("phone"),
				details.getList("tags", String.class, List.of()), PatientStatus.valueOf(row.getString("status")),
				consent != null && consent.getBoolean("given", false), instant(row.get("registered", Document.class)),
				instant(row.get("lastChanged", Document.class)));
	}

	/** Read back the way the mapping layer wrote it. */
	private LocalDate localDate(Object stored) {
		return stored == null ? null : mongo.getConverter().getConversionService().convert(stored, LocalDate.class);
	}

	private static Instant instant(Document mark) {
		return mark != null && mark.get("at") instanceof Date date ? date.toInstant() : null;
	}
}
