package com.clubstom.architecture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;

/** Renders a PlantUML diagram to SVG with PlantUML's built-in Smetana layout, so no Graphviz has to be installed. */
final class ModuleDiagram {

	private static final String SMETANA = "!pragma layout smetana";

	private ModuleDiagram() {
	}

	static String toSvg(String plantUml) throws IOException {
		System.setProperty("java.awt.headless", "true");
		var svg = new ByteArrayOutputStream();
		var description = new SourceStringReader(withSmetanaLayout(plantUml)).outputImage(svg,
				new FileFormatOption(FileFormat.SVG));
		if (description == null || description.getDescription().contains("Error")) {
			throw new IllegalStateException("PlantUML could not render the diagram: "
					+ (description == null ? "no @startuml block" : description.getDescription()));
		}
		return svg.toString(StandardCharsets.UTF_8);
	}

	/**
	 * The text a reader sees in an SVG: PlantUML writes each word of a label as its own {@code <text>} element, with
	 * {@code &#160;} between them.
	 */
	static String visibleText(String svg) {
		var text = svg.replaceAll("(?s)<!--.*?-->", "").replaceAll("<[^>]*>", "");
		var decoded = Pattern.compile("&#(\\d+);").matcher(text)
				.replaceAll(entity -> Character.toString(Integer.parseInt(entity.group(1))));
		return decoded.replace('\u00A0', ' ').replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
				.replace("&apos;", "'").replace("&amp;", "&");
	}

	/** Spring Modulith writes no layout pragma; add Smetana right after {@code @startuml}. */
	static String withSmetanaLayout(String plantUml) {
		if (plantUml.contains("!pragma layout")) {
			return plantUml;
		}
		return plantUml.replaceFirst("@startuml[^\\n]*\\n", "$0" + SMETANA + "\n");
	}
}
