package com.clubstom.patients;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import com.mongodb.client.model.changestream.FullDocument;

/**
 * The registry's search, answered from memory: one compact line per patient (folded name words, phone digits, date of
 * birth, status, tags, what the list shows), scanned in a few milliseconds even for 100 000 patients, with exact counts
 * and "any part of a word" for free. MongoDB stays the truth: the lines are loaded at start-up and kept current from the
 * collection's change stream, so registrations on another application node, or by the generator, appear here too.
 * Until the first load is done (or if the change stream fails) {@link #search} answers empty and the registry asks
 * MongoDB instead.
 */
@Component
class PatientSearchIndex {

	private static final Logger log = LoggerFactory.getLogger(PatientSearchIndex.class);
	private static final String COLLECTION = "patients";

	private final MongoTemplate mongo;
	private final Map<UUID, Line> lines = new ConcurrentHashMap<>();
	/** The lines laid out for scanning; rebuilt on the first search after a change. */
	private volatile Snapshot snapshot = Snapshot.of(new Line[0]);
	private volatile boolean changedSinceSnapshot;
	private final CountDownLatch loaded = new CountDownLatch(1);
	private volatile boolean current;
	private volatile MongoChangeStreamCursor<ChangeStreamDocument<Document>> changes;

	PatientSearchIndex(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Loads every patient once the application is up, then follows the change stream on a thread of its own. */
	@EventListener(ApplicationReadyEvent.class)
	void loadAndFollow() {
		var follower = new Thread(this::follow, "patient-search-index");
		follower.setDaemon(true);
		follower.start();
	}

	@EventListener(ContextClosedEvent.class)
	void stop() {
		current = false;
		var cursor = changes;
		if (cursor != null) {
			cursor.close();
		}
	}

	/** Waits until the index answers searches; for tests and the benchmark's warm-up. */
	boolean awaitCurrent(long timeout, TimeUnit unit) throws InterruptedException {
		return loaded.await(timeout, unit) && current;
	}

	/** The patient's line from memory, or empty while the index is not current or does not hold the patient yet. */
	Optional<PatientSummary> summaryOf(UUID id) {
		var line = current ? lines.get(id) : null;
		return line == null ? Optional.empty() : Optional.of(line.summary());
	}

	/** The matches from memory, or empty while the index is not current. */
	Optional<PatientMatches> search(PatientSearch search) {
		if (!current) {
			return Optional.empty();
		}
		var terms = SearchTerms.parse(search.text());
		var needles = Needle.of(terms);
		var birthDate = terms.birthDate().orElse(null);
		var order = orderOf(search.order());
		var wanted = (search.page() + 1) * search.size();
		// the page's lines are the first `wanted` in order: keep only those, largest on top, while counting all matches
		var best = new PriorityQueue<Line>(wanted + 1, order.reversed());
		long total = 0;
		for (var line : currentSnapshot().candidates(needles)) {
			if (line.matches(search, birthDate, needles)) {
				total++;
				// once the page is full, most lines come after its last one: one comparison, no queue work
				if (best.size() < wanted) {
					best.add(line);
				}
				else if (order.compare(line, best.peek()) < 0) {
					best.poll();
					best.add(line);
				}
			}
		}
		var ordered = new ArrayList<>(best);
		ordered.sort(order);
		var from = Math.min((long) search.page() * search.size(), ordered.size());
		var items = ordered.subList((int) from, ordered.size()).stream().map(Line::summary).toList();
		var capped = total > PatientMatches.COUNT_LIMIT;
		return Optional.of(new PatientMatches(items, capped ? PatientMatches.COUNT_LIMIT : total, capped, search.page(),
				search.size()));
	}

	/** This node saved the patient: the line changes at once, before the change stream brings it round. */
	void refresh(Patient patient) {
		if (current) {
			put(Line.of(patient));
		}
	}

	private void follow() {
		try (var cursor = mongo.getCollection(COLLECTION).watch().fullDocument(FullDocument.UPDATE_LOOKUP).cursor()) {
			changes = cursor;
			var started = System.nanoTime();
			// opened before loading: whatever changes during the load arrives afterwards and is applied on top
			for (var document : mongo.getCollection(COLLECTION).find()) {
				put(Line.of(mongo.getConverter().read(Patient.class, document)));
			}
			current = true;
			loaded.countDown();
			log.info("Patient search index: {} patients in memory after {} ms", lines.size(),
					(System.nanoTime() - started) / 1_000_000);
			while (current) {
				var change = cursor.tryNext();
				if (change != null) {
					apply(change);
				}
			}
		}
		catch (RuntimeException failure) {
			if (current) {
				log.warn("Patient search index stopped following changes; searches go to MongoDB", failure);
			}
			current = false;
		}
		finally {
			loaded.countDown();
		}
	}

	private void apply(ChangeStreamDocument<Document> change) {
		var key = change.getDocumentKey();
		if (key == null) {
			return;
		}
		var id = key.get("_id").asBinary().asUuid();
		if (change.getFullDocument() == null) {
			lines.remove(id);
			changedSinceSnapshot = true;
		}
		else {
			put(Line.of(mongo.getConverter().read(Patient.class, change.getFullDocument())));
		}
	}

	private Snapshot currentSnapshot() {
		if (changedSinceSnapshot) {
			changedSinceSnapshot = false;
			snapshot = Snapshot.of(lines.values().toArray(Line[]::new));
		}
		return snapshot;
	}

	/**
	 * All lines, plus every name and every phone laid end to end in two long strings with where each line starts. A
	 * search for a piece of text is then one fast sequential {@code indexOf} over the string instead of a visit to 100 000
	 * objects; only the lines it hits are checked in full.
	 */
	record Snapshot(Line[] lines, String names, int[] nameStarts, String phones, int[] phoneStarts) {

		/** Separates lines in the long strings; never typed, so no piece of text spans two patients. */
		private static final char BETWEEN = '\u0001';

		static Snapshot of(Line[] lines) {
			var names = new StringBuilder();
			var phones = new StringBuilder();
			var nameStarts = new int[lines.length];
			var phoneStarts = new int[lines.length];
			for (int i = 0; i < lines.length; i++) {
				nameStarts[i] = names.length();
				names.append(lines[i].words()).append(BETWEEN);
				phoneStarts[i] = phones.length();
				for (var phone : lines[i].phoneDigits()) {
					phones.append(phone).append(' ');
				}
				phones.append(BETWEEN);
			}
			return new Snapshot(lines, names.toString(), nameStarts, phones.toString(), phoneStarts);
		}

		/** The lines that contain one of the first term's pieces (all lines when nothing was typed). */
		List<Line> candidates(Needle[][] needles) {
			if (needles.length == 0) {
				return java.util.Arrays.asList(lines);
			}
			var hits = new java.util.BitSet(lines.length);
			for (var needle : needles[0]) {
				var text = needle.phone() ? phones : names;
				var starts = needle.phone() ? phoneStarts : nameStarts;
				for (int at = text.indexOf(needle.text()); at >= 0; ) {
					var line = java.util.Arrays.binarySearch(starts, at);
					line = line >= 0 ? line : -line - 2;
					hits.set(line);
					// the rest of this line cannot add anything: go on from the next one
					at = line + 1 < starts.length ? text.indexOf(needle.text(), starts[line + 1]) : -1;
				}
			}
			var candidates = new ArrayList<Line>(hits.cardinality());
			hits.stream().forEach(line -> candidates.add(lines[line]));
			return candidates;
		}
	}

	/** Changes can arrive twice and out of order (a local save, then its echo from the stream): the newest version wins. */
	private void put(Line line) {
		lines.merge(line.id(), line, (held, arriving) -> arriving.version() >= held.version() ? arriving : held);
		changedSinceSnapshot = true;
	}

	private static Comparator<Line> orderOf(PatientSearch.Order order) {
		return switch (order) {
			case NAME -> Comparator.comparing(Line::sortName).thenComparing(Line::id);
			case REGISTERED -> Comparator.comparing((Line line) -> line.summary().registeredAt()).thenComparing(Line::id)
					.reversed();
			case CHANGED -> Comparator.comparing((Line line) -> line.summary().changedAt()).thenComparing(Line::id)
					.reversed();
		};
	}

	/**
	 * One patient as the search sees it.
	 *
	 * @param words the folded name words, each preceded by a space
	 * @param phoneDigits every phone's digits
	 */
	record Line(UUID id, long version, String words, List<String> phoneDigits, String sortName, PatientSummary summary) {

		static Line of(Patient patient) {
			var details = patient.details();
			var words = new StringBuilder();
			for (var part : new String[] { details.lastName(), details.firstName(), details.middleName() }) {
				for (var word : SearchText.words(part)) {
					words.append(' ').append(word);
				}
			}
			var phones = details.contacts().allPhones().stream().map(phone -> phone.substring(1)).toList();
			var summary = new PatientSummary(patient.id(), details.lastName(), details.firstName(), details.middleName(),
					details.birthDate(), details.sex(), details.contacts().phone(), details.tags(), patient.status(),
					patient.consent().given(), patient.registered().at(), patient.lastChanged().at());
			return new Line(patient.id().value(), patient.version(), words.toString(), phones,
					SearchKeys.sortName(details.lastName(), details.firstName(), details.middleName()), summary);
		}

		boolean matches(PatientSearch search, LocalDate birthDate, Needle[][] needles) {
			if (search.status() != null && summary.status() != search.status()
					|| search.tag() != null && !summary.tags().contains(search.tag())
					|| birthDate != null && !birthDate.equals(summary.birthDate())) {
				return false;
			}
			// plain loops: this runs for every patient on every keystroke
			for (var alternatives : needles) {
				var found = false;
				for (int i = 0; i < alternatives.length && !found; i++) {
					found = alternatives[i].isIn(this);
				}
				if (!found) {
					return false;
				}
			}
			return true;
		}
	}

	/**
	 * One piece of typed text to look for: what "a stored search key starts with this" means in memory, that is within one
	 * name word, or within one phone's digits.
	 */
	record Needle(boolean phone, String text) {

		static Needle of(String keyPrefix) {
			return keyPrefix.startsWith(SearchKeys.PHONE) ? new Needle(true, keyPrefix.substring(SearchKeys.PHONE.length()))
					: new Needle(false, keyPrefix);
		}

		static Needle[][] of(SearchTerms terms) {
			return terms.keyPrefixes().stream()
					.map(alternatives -> alternatives.stream().map(Needle::of).toArray(Needle[]::new)).toArray(Needle[][]::new);
		}

		boolean isIn(Line line) {
			if (!phone) {
				return line.words().contains(text);
			}
			for (int i = 0; i < line.phoneDigits().size(); i++) {
				if (line.phoneDigits().get(i).contains(text)) {
					return true;
				}
			}
			return false;
		}
	}
}
