package com.clubstom.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where this repository's files are, seen from the {@code architecture-tests} module directory (the working directory
 * Maven's surefire gives the tests).
 */
final class SourceTree {

	private SourceTree() {
	}

	/** The repository root: the parent of {@code architecture-tests}. */
	static Path repositoryRoot() {
		var moduleDirectory = Path.of("").toAbsolutePath().normalize();
		if (!moduleDirectory.endsWith("architecture-tests")) {
			throw new IllegalStateException("Run the architecture tests from the architecture-tests module directory, not from "
					+ moduleDirectory);
		}
		return Path.of("..").toAbsolutePath().normalize();
	}

	/** {@code <module>/src/main/java} of every Maven module in the repository. */
	static List<Path> productionSourceRoots() {
		try (Stream<Path> modules = Files.list(repositoryRoot())) {
			return modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** This module's own test sources, where the violating samples live. */
	static Path testSourceRoot() {
		return Path.of("src/test/java").toAbsolutePath().normalize();
	}
}
