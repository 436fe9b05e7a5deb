package com.clubstom.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code package-info.java} sources, because Javadoc does not survive compilation: whether a context explains
 * itself can only be seen in its source file.
 */
final class PackageInfoSources {

	private static final Pattern PACKAGE_DECLARATION = Pattern.compile("(?m)^\\s*package\\s+[\\w.]+\\s*;");
	private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);

	private final List<Path> sourceRoots;

	PackageInfoSources(List<Path> sourceRoots) {
		this.sourceRoots = List.copyOf(sourceRoots);
	}

	/** The {@code package-info.java} of {@code packageName} in the first source root that has one. */
	Optional<Path> find(String packageName) {
		var relative = packageName.replace('.', '/') + "/package-info.java";
		return sourceRoots.stream().map(root -> root.resolve(relative)).filter(Files::isRegularFile).findFirst();
	}

	List<Path> roots() {
		return sourceRoots;
	}

	/** Whether a Javadoc comment with some text stands before the package declaration. */
	static boolean hasJavadoc(Path packageInfo) {
		String source;
		try {
			source = Files.readString(packageInfo);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		var declaration = PACKAGE_DECLARATION.matcher(source);
		var header = declaration.find() ? source.substring(0, declaration.start()) : source;
		var javadoc = JAVADOC.matcher(header);
		while (javadoc.find()) {
			if (!javadoc.group(1).replace("*", "").isBlank()) {
				return true;
			}
		}
		return false;
	}
}
