package com.clubstom.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;
import org.springframework.modulith.docs.Documenter.Options;

import com.clubstom.ClubStomApplication;

/** The contexts keep Spring Modulith's boundaries, and the generated documentation shows them. */
class ModularityTests {

	private static final String DOCS_FOLDER = "target/spring-modulith-docs";

	private static final ApplicationModules modules = ApplicationModules.of(ClubStomApplication.class);

	@Test
	void contextsKeepTheirBoundaries() {
		modules.verify();
	}

	/**
	 * Writes the module diagrams, canvases and the aggregating document to {@value #DOCS_FOLDER}, and the overview diagram
	 * as SVG to {@code docs/architecture/modules.svg} in the repository. Contexts without dependencies yet are kept in the
	 * diagrams, so a new context shows up from its first commit.
	 */
	@Test
	void writesDocumentation() throws Exception {
		// Spring Modulith rewrites this file without truncating it, which would leave a stale tail behind.
		Files.deleteIfExists(Path.of("target/classes/META-INF/spring-modulith/application-modules.json"));
		new Documenter(modules, Options.defaults().withOutputFolder(DOCS_FOLDER)).writeDocumentation(
				DiagramOptions.defaults().withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE),
				CanvasOptions.defaults());

		var docs = Path.of(DOCS_FOLDER);
		assertThat(docs.resolve("all-docs.adoc")).isRegularFile();
		modules.forEach(module -> assertThat(docs.resolve("module-" + module.getIdentifier() + ".puml")).isRegularFile());
		modules.forEach(module -> assertThat(docs.resolve("module-" + module.getIdentifier() + ".adoc")).isRegularFile());

		var svg = ModuleDiagram.toSvg(Files.readString(docs.resolve("components.puml")));
		var target = SourceTree.repositoryRoot().resolve("docs/architecture/modules.svg");
		writeIfChanged(target, svg);

		assertThat(target).isRegularFile();
		var written = Files.readString(target);
		assertThat(written).startsWith("<svg").endsWith("</svg>");
		var shown = ModuleDiagram.visibleText(written);
		modules.stream().map(ApplicationModule::getDisplayName)
				.forEach(displayName -> assertThat(shown).contains(displayName));
	}

	/** Keeps the file (and its timestamp) untouched when the diagram did not change. */
	private static void writeIfChanged(Path target, String content) throws Exception {
		if (Files.isRegularFile(target) && Files.readString(target).equals(content)) {
			return;
		}
		Files.createDirectories(target.getParent());
		Files.writeString(target, content, StandardCharsets.UTF_8);
	}
}
