package com.clubstom.medicalrecord;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The ICD-10 (МКБ-10) dental chapter K00–K14, read once at start from {@value #RESOURCE} ({@code ;}-separated, UTF-8,
 * header {@value #HEADER}): every category and subcategory with its official Russian and English title. Start fails
 * when the file is missing or malformed.
 */
@Service
public class Icd10 {

	static final String RESOURCE = "icd10/k00-k14.csv";
	static final String HEADER = "code;ru;en";

	private final Map<Icd10Code, DiseaseClass> classes;

	public Icd10() {
		this(RESOURCE);
	}

	Icd10(String resource) {
		try (var in = Icd10.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The ICD-10 classifier " + resource + " is not on the classpath");
			}
			this.classes = read(in, resource);
		}
		catch (IOException unreadable) {
			throw new IllegalStateException("Cannot read the ICD-10 classifier " + resource, unreadable);
		}
	}

	/**
	 * The classes of a file in code order.
	 *
	 * @throws IllegalStateException naming the file and line when the header, a code or a title is wrong, a code
	 * repeats, or a subcategory has no category
	 */
	static Map<Icd10Code, DiseaseClass> read(InputStream in, String source) throws IOException {
		var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		var lines = text.split("\\r?\\n");
		if (lines.length == 0 || !lines[0].strip().equals(HEADER)) {
			throw malformed(source, 1, "the header must be " + HEADER);
		}
		var read = new LinkedHashMap<Icd10Code, DiseaseClass>();
		for (int index = 1; index < lines.length; index++) {
			var line = lines[index];
			if (line.isBlank()) {
				continue;
			}
			var fields = line.split(";", -1);
			if (fields.length != 3) {
				throw malformed(source, index + 1, "expected 3 fields code;ru;en, found " + fields.length);
			}
			DiseaseClass entry;
			try {
				entry = new DiseaseClass(new Icd10Code(fields[0].strip()), fields[1].strip(), fields[2].strip());
			}
			catch (IllegalArgumentException wrong) {
				throw malformed(source, index + 1, wrong.getMessage());
			}
			if (read.putIfAbsent(entry.code(), entry) != null) {
				throw malformed(source, index + 1, "the code " + entry.code() + " repeats");
			}
		}
		if (read.isEmpty()) {
			throw malformed(source, 1, "no codes");
		}
		for (var code : read.keySet()) {
			if (!read.containsKey(code.category())) {
				throw new IllegalStateException("The ICD-10 classifier " + source + " is malformed: " + code
						+ " has no category " + code.category());
			}
		}
		var sorted = new LinkedHashMap<Icd10Code, DiseaseClass>();
		read.keySet().stream().sorted().forEach(code -> sorted.put(code, read.get(code)));
		return sorted;
	}

	private static IllegalStateException malformed(String source, int line, String why) {
		return new IllegalStateException("The ICD-10 classifier " + source + " is malformed at line " + line + ": " + why);
	}

	/** The class of the code (written loosely: {@code k02,1} too), none when it is no code of the chapter. */
	public Optional<DiseaseClass> find(String code) {
		return Icd10Code.parse(code).map(classes::get);
	}

	/** Every class in code order. */
	public List<DiseaseClass> all() {
		return List.copyOf(classes.values());
	}

	/** The subcategories of a three-character category ({@code K04} → {@code K04.0} … {@code K04.9}); none else. */
	public List<DiseaseClass> childrenOf(String category) {
		return Icd10Code.parse(category).filter(Icd10Code::isCategory)
				.map(parent -> classes.values().stream()
						.filter(entry -> !entry.code().isCategory() && entry.code().category().equals(parent)).toList())
				.orElse(List.of());
	}

	/**
	 * At most {@code limit} classes (any number when not positive) matching {@code text}, the best first: the class of
	 * the exact code, then those whose code starts with it ({@code k02}, {@code K02.1}), then those whose title in
	 * {@code locale}'s language, then in the other, holds every word of it (beginnings of titles first); case and ё/е not
	 * minding, code order within each. Blank text lists every class.
	 */
	public List<DiseaseClass> search(String text, Locale locale, int limit) {
		var query = normalised(text);
		var codeQuery = query.toUpperCase(Locale.ROOT).replace(',', '.');
		var words = query.isEmpty() ? new String[0] : query.split("\\s+");
		var ranked = new ArrayList<Map.Entry<Integer, DiseaseClass>>();
		for (var entry : classes.values()) {
			int rank = rank(entry, query, codeQuery, words, locale);
			if (rank >= 0) {
				ranked.add(Map.entry(rank, entry));
			}
		}
		var stream = ranked.stream()
				.sorted(Comparator.<Map.Entry<Integer, DiseaseClass>>comparingInt(Map.Entry::getKey)
						.thenComparing(ranking -> ranking.getValue().code()))
				.map(Map.Entry::getValue);
		return (limit > 0 ? stream.limit(limit) : stream).toList();
	}

	private static int rank(DiseaseClass entry, String query, String codeQuery, String[] words, Locale locale) {
		if (query.isEmpty()) {
			return 0;
		}
		var code = entry.code().value();
		if (code.equals(codeQuery)) {
			return 0;
		}
		if (code.startsWith(codeQuery)) {
			return 1;
		}
		var own = normalised(entry.title(locale));
		var other = normalised(own.equals(normalised(entry.titleRu())) ? entry.titleEn() : entry.titleRu());
		if (own.startsWith(query)) {
			return 2;
		}
		if (holdsAll(own, words)) {
			return 3;
		}
		if (other.startsWith(query)) {
			return 4;
		}
		if (holdsAll(other, words)) {
			return 5;
		}
		return -1;
	}

	private static boolean holdsAll(String title, String[] words) {
		for (var word : words) {
			if (!title.contains(word)) {
				return false;
			}
		}
		return true;
	}

	static String normalised(String text) {
		return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
	}
}
