package com.clubstom.medicalrecord;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.DataBufferInt;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * The {@code demo} profile's pictures, drawn rather than shipped: a bitewing and a periapical film that look like X-rays
 * (grey bone with grain, bright enamel over dentin, dark pulp, white fillings and root canal fillings, blurred like a
 * sensor's image), an intraoral photo of the front teeth, a one-page consent form as a PDF written by hand and a DICOM
 * file's header. Deterministic for a seed, and quick: a few tens of milliseconds each.
 */
final class DemoPictures {

	private DemoPictures() {
	}

	/** A bitewing of one side: two premolars and two molars above and below meeting at the bite, some of them filled. */
	static byte[] bitewing(long seed, boolean filled) {
		var random = new Random(seed);
		int bite = 320;
		return xRay(960, 640, random, g -> {
			bone(g, 0, 0, 960, bite - 140, false, random);
			bone(g, 0, bite + 140, 960, 640 - bite - 140, true, random);
			int[] widths = { 180, 190, 250, 250 };
			int x = 40;
			for (int i = 0; i < widths.length; i++) {
				var upper = new Tooth2D(widths[i], 160, 300, i >= 2);
				upper.filled = filled && i == 2;
				upper.draw(g, x + random.nextInt(8), bite - 4, true, random);
				var lower = new Tooth2D(widths[i] + 6, 165, 300, i >= 2);
				lower.filled = filled && i == 1;
				lower.draw(g, x + 24 + random.nextInt(8), bite + 4, false, random);
				x += widths[i] - 6;
			}
		});
	}

	/** A periapical film of a lower premolar and two molars with their roots, the first molar crowned over a root canal filling. */
	static byte[] periapical(long seed) {
		var random = new Random(seed);
		return xRay(620, 820, random, g -> {
			bone(g, 0, 230, 620, 590, true, random);
			int[] widths = { 170, 230, 230 };
			int x = -20;
			for (int i = 0; i < widths.length; i++) {
				var tooth = new Tooth2D(widths[i], 200, 470, i > 0);
				tooth.treated = i == 1;
				tooth.filled = i == 2;
				tooth.draw(g, x, 40 + random.nextInt(10), false, random);
				x += widths[i] - 4;
			}
		});
	}

	/** A film of {@code width}×{@code height}: the dark field, what {@code drawing} puts on it, the sensor's finish. */
	private static byte[] xRay(int width, int height, Random random, Consumer<Graphics2D> drawing) {
		var image = darkness(width, height);
		var g = pen(image);
		drawing.accept(g);
		g.dispose();
		return jpeg(sensor(image, random));
	}

	/** An intraoral photo of the front teeth: lips, scalloped gums, upper incisors over the lower, a flash's highlight. */
	static byte[] smile(long seed) {
		var random = new Random(seed);
		int width = 1200;
		int height = 800;
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = pen(image);
		g.setPaint(new RadialGradientPaint(new Point2D.Float(600, 420), 700, new float[] { 0f, .55f, 1f },
				new Color[] { new Color(0x4a1218), new Color(0x2a080d), new Color(0x0e0306) }));
		g.fillRect(0, 0, width, height);
		// lower teeth first: the upper incisors overlap them
		int[] lowerWidths = { 70, 80, 84, 86, 86, 84, 80, 70 };
		int x;
		x = 600 - 320;
		for (int widthOfTooth : lowerWidths) {
			crownPhoto(g, x, 430, widthOfTooth, 200, 212 - random.nextInt(12), false);
			x += widthOfTooth;
		}
		g.setPaint(new GradientPaint(0, 580, new Color(0xdc7d84), 0, 720, new Color(0xa84a55)));
		g.fill(gum(600 - 320, lowerWidths, 586, 628, 800));
		int[] upperWidths = { 86, 98, 104, 126, 126, 104, 98, 86 };
		x = 600 - 414;
		for (int i = 0; i < upperWidths.length; i++) {
			int length = i == 3 || i == 4 ? 270 : i == 2 || i == 5 ? 236 : 250;
			crownPhoto(g, x, 170, upperWidths[i], length + 20, 236 - Math.abs(i * 2 - 7) * 3 - random.nextInt(6), true);
			x += upperWidths[i];
		}
		g.setPaint(new GradientPaint(0, 100, new Color(0xe4868c), 0, 250, new Color(0xc05a63)));
		g.fill(gum(600 - 414, upperWidths, 262, 186, 0));
		g.setPaint(new GradientPaint(0, 0, new Color(0xa9404b), 0, 150, new Color(0x6e1c27)));
		g.fill(new Ellipse2D.Float(-160, -190, 1520, 330)); // upper lip
		g.setPaint(new GradientPaint(0, 690, new Color(0x6e1c27), 0, 800, new Color(0xa9404b)));
		g.fill(new Ellipse2D.Float(-160, 680, 1520, 330)); // lower lip
		g.dispose();
		return jpeg(grain(soften(image), random, 5));
	}

	/**
	 * The gum along a row of teeth starting at {@code left}: a papilla between each two teeth (at {@code papillae}), the
	 * margin arching over each tooth (towards {@code arch}), and the rest of the gum out to {@code far} behind the lip.
	 */
	private static GeneralPath gum(int left, int[] widths, float papillae, float arch, float far) {
		var right = left + Arrays.stream(widths).sum();
		var gum = new GeneralPath();
		gum.moveTo(left - 90, far);
		gum.quadTo(left - 90, papillae, left, papillae);
		var x = left;
		for (int width : widths) {
			gum.quadTo(x + width / 2f, arch, x + width, papillae);
			x += width;
		}
		gum.quadTo(right + 90, papillae, right + 90, far);
		gum.closePath();
		return gum;
	}

	/** One front tooth's crown as a camera sees it: a shaded body, a translucent edge, the flash on the enamel. */
	private static void crownPhoto(Graphics2D g, int x, int top, int width, int length, int shade, boolean upper) {
		var body = new RoundRectangle2D.Float(x + 3, top, width - 6, length, width * .45f, width * .7f);
		var light = new Color(shade, shade - 4, shade - 20);
		var dark = new Color(shade - 48, shade - 54, shade - 74);
		g.setPaint(new GradientPaint(x, 0, dark, x + width / 2f, 0, light, true));
		g.fill(body);
		var edge = upper ? top + length - 34 : top;
		g.setPaint(new GradientPaint(0, edge, new Color(180, 190, 200, upper ? 0 : 120), 0, edge + 34,
				new Color(180, 190, 200, upper ? 120 : 0)));
		g.fill(new RoundRectangle2D.Float(x + 5, edge, width - 10, 34, 16, 16));
		g.setColor(new Color(255, 255, 255, 110));
		g.fill(new RoundRectangle2D.Float(x + width * .34f, top + length * .18f, width * .16f, length * .42f, 14, 30));
	}

	/** A one-page A4 PDF, written out by hand with its cross-reference table: an informed consent form to sign. */
	static byte[] consentForm() {
		var text = "BT /F1 20 Tf 72 760 Td (Informed consent to dental treatment) Tj ET\n"
				+ "BT /F1 11 Tf 72 730 Td (ClubStom dental clinic) Tj ET\n"
				+ "0.8 G 72 700 m 523 700 l S\n"
				+ lines(72, 670, 12) + "BT /F1 11 Tf 72 170 Td (Patient's signature) Tj ET 0.4 G 200 168 m 400 168 l S\n"
				+ "BT /F1 11 Tf 72 140 Td (Doctor's signature) Tj ET 200 138 m 400 138 l S\n";
		var objects = new ArrayList<String>();
		objects.add("<< /Type /Catalog /Pages 2 0 R >>");
		objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
		objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
				+ "/Resources << /Font << /F1 5 0 R >> >> >>");
		objects.add("<< /Length " + text.getBytes(StandardCharsets.US_ASCII).length + " >>\nstream\n" + text + "endstream");
		objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		var pdf = new StringBuilder("%PDF-1.4\n");
		var offsets = new ArrayList<Integer>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		var xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
		pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
				.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	/** The start of a DICOM Part 10 file: the 128-byte preamble, "DICM" and the file meta group's length element. */
	static byte[] dicomHeader() {
		var bytes = new byte[256];
		System.arraycopy("DICM".getBytes(StandardCharsets.US_ASCII), 0, bytes, 128, 4);
		var group = new byte[] { 0x02, 0x00, 0x00, 0x00, 'U', 'L', 0x04, 0x00, 0x00, 0x00, 0x00, 0x00 };
		System.arraycopy(group, 0, bytes, 132, group.length);
		return bytes;
	}

	private static String lines(int x, int top, int count) {
		var lines = new StringBuilder("0.85 G\n");
		for (int i = 0; i < count; i++) {
			lines.append(x).append(' ').append(top - i * 36).append(" m ").append(523).append(' ').append(top - i * 36).append(" l S\n");
		}
		return lines.toString();
	}

	/** Soft tissue and air between the jaws: a dark, barely lit field. */
	private static BufferedImage darkness(int width, int height) {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = pen(image);
		g.setPaint(new RadialGradientPaint(new Point2D.Float(width / 2f, height / 2f), Math.max(width, height) * .7f,
				new float[] { 0f, 1f }, new Color[] { new Color(58, 58, 58), new Color(30, 30, 30) }));
		g.fillRect(0, 0, width, height);
		g.dispose();
		return image;
	}

	/**
	 * Alveolar bone: a lighter band with a trabecular pattern of short dense struts and darker marrow spaces, fading out
	 * towards its crest (at the top of the band, or at its bottom).
	 */
	private static void bone(Graphics2D g, int x, int y, int width, int height, boolean crestOnTop, Random random) {
		g.setColor(new Color(100, 100, 100));
		g.fillRect(x, y, width, height);
		g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		for (int i = 0; i < width * height / 60; i++) {
			float fromX = x + random.nextFloat() * width;
			float fromY = y + random.nextFloat() * height;
			int grey = 60 + random.nextInt(110);
			g.setColor(new Color(grey, grey, grey, 110));
			g.draw(new Line2D.Float(fromX, fromY, fromX + random.nextInt(21) - 10, fromY + random.nextInt(21) - 10));
		}
		var crest = crestOnTop ? y : y + height;
		var inside = crestOnTop ? y + 70 : y + height - 70;
		g.setPaint(new GradientPaint(0, crest, new Color(44, 44, 44, 255), 0, inside, new Color(44, 44, 44, 0)));
		g.fillRect(x, Math.min(crest, inside), width, 70);
	}

	/** A sensor's image: slightly soft, grainy, darker towards the edges. */
	private static BufferedImage sensor(BufferedImage image, Random random) {
		var finished = grain(soften(soften(soften(image))), random, 8);
		var g = pen(finished);
		g.setPaint(new RadialGradientPaint(new Point2D.Float(finished.getWidth() / 2f, finished.getHeight() / 2f),
				Math.max(finished.getWidth(), finished.getHeight()) * .75f, new float[] { .5f, 1f },
				new Color[] { new Color(0, 0, 0, 0), new Color(0, 0, 0, 170) }));
		g.fillRect(0, 0, finished.getWidth(), finished.getHeight());
		g.dispose();
		return finished;
	}

	private static BufferedImage soften(BufferedImage image) {
		var kernel = new float[9];
		Arrays.fill(kernel, 1f / 9);
		return new ConvolveOp(new Kernel(3, 3, kernel), ConvolveOp.EDGE_NO_OP, null).filter(image, null);
	}

	private static BufferedImage grain(BufferedImage image, Random random, int strength) {
		var pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
		for (int i = 0; i < pixels.length; i++) {
			var rgb = pixels[i];
			var noise = (int) (random.nextGaussian() * strength);
			pixels[i] = channel(rgb >> 16, noise) << 16 | channel(rgb >> 8, noise) << 8 | channel(rgb, noise);
		}
		return image;
	}

	private static int channel(int value, int noise) {
		return Math.max(0, Math.min(255, (value & 0xFF) + noise));
	}

	/**
	 * A tooth as an X-ray shows it, drawn with the bite at the origin and the roots growing away from it: the crown's
	 * enamel cap (the brightest), the dentin, the dark pulp chamber and canals, the root's thin dark ligament space and
	 * bright lamina dura; a filling or a root canal filling under a crown in white.
	 */
	private static final class Tooth2D {

		private final float width;
		private final float crown;
		private final float root;
		private final boolean molar;
		private boolean filled;
		private boolean treated;

		Tooth2D(float width, float crown, float root, boolean molar) {
			this.width = width;
			this.crown = crown;
			this.root = root;
			this.molar = molar;
		}

		void draw(Graphics2D g, float x, float bite, boolean upper, Random random) {
			var saved = g.getTransform();
			g.translate(x, bite);
			if (upper) {
				g.scale(1, -1);
			}
			var crownShape = new Area(crownOutline());
			var roots = new Area(rootOutline(random));
			g.setStroke(new BasicStroke(9f));
			g.setColor(new Color(150, 150, 150));
			g.draw(roots); // lamina dura
			g.setStroke(new BasicStroke(3f));
			g.setColor(new Color(70, 70, 70));
			g.draw(roots); // periodontal ligament space
			var tooth = new Area(crownShape);
			tooth.add(roots);
			g.setPaint(new GradientPaint(0, 0, new Color(188, 188, 188), 0, crown + root, new Color(150, 150, 150)));
			g.fill(tooth);
			var clip = g.getClip();
			g.clip(crownShape);
			g.clip(new Rectangle2D.Float(-10, -10, width + 20, crown * .8f));
			g.setStroke(new BasicStroke(30f));
			g.setColor(new Color(232, 232, 232));
			g.draw(crownShape); // enamel
			g.setClip(clip);
			g.setColor(new Color(104, 104, 104));
			var chamber = new GeneralPath(); // the pulp chamber with its horns under the cusps
			chamber.moveTo(width * .34f, crown * .5f);
			chamber.quadTo(width * .36f, crown * .36f, width * .4f, crown * .52f);
			chamber.quadTo(width * .5f, crown * .58f, width * .6f, crown * .52f);
			chamber.quadTo(width * .64f, crown * .36f, width * .66f, crown * .5f);
			chamber.quadTo(width * .68f, crown * .95f, width * .56f, crown * 1.08f);
			chamber.lineTo(width * .44f, crown * 1.08f);
			chamber.quadTo(width * .32f, crown * .95f, width * .34f, crown * .5f);
			chamber.closePath();
			g.fill(chamber);
			var canals = treated ? new BasicStroke(8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
					: new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
			g.setStroke(canals);
			g.setColor(treated ? new Color(250, 250, 250) : new Color(100, 100, 100));
			for (float middle : molar ? new float[] { .3f, .7f } : new float[] { .5f }) {
				g.draw(new Line2D.Float(width * middle, crown * .8f, width * (middle + (middle - .5f) * .2f), crown + root * .92f));
			}
			if (treated) {
				g.setColor(new Color(246, 246, 246));
				var cap = new Area(crownShape);
				cap.intersect(new Area(new Rectangle2D.Float(-10, -10, width + 20, crown * .72f)));
				g.fill(cap); // a metal-ceramic crown
			}
			else if (filled) {
				g.setColor(new Color(252, 252, 252));
				var filling = new GeneralPath();
				filling.moveTo(width * .3f, 2);
				filling.lineTo(width * .72f, 2);
				filling.lineTo(width * .66f, crown * .32f);
				filling.quadTo(width * .5f, crown * .4f, width * .36f, crown * .3f);
				filling.closePath();
				g.fill(filling);
			}
			g.setTransform(saved);
		}

		/** The crown from the bite (y 0, two or three cusps) to the neck (y = crown), widest at its contact points. */
		private GeneralPath crownOutline() {
			var outline = new GeneralPath();
			outline.moveTo(width * .08f, 12);
			if (molar) {
				outline.quadTo(width * .18f, -4, width * .3f, 2);
				outline.quadTo(width * .42f, 16, width * .5f, 12);
				outline.quadTo(width * .58f, 16, width * .7f, 2);
				outline.quadTo(width * .82f, -4, width * .92f, 12);
			}
			else {
				outline.quadTo(width * .3f, 8, width * .5f, -2);
				outline.quadTo(width * .7f, 8, width * .92f, 12);
			}
			outline.curveTo(width * 1.01f, crown * .3f, width * 1.0f, crown * .62f, width * .84f, crown);
			outline.lineTo(width * .16f, crown);
			outline.curveTo(0, crown * .62f, -width * .01f, crown * .3f, width * .08f, 12);
			outline.closePath();
			return outline;
		}

		/** One tapering root, or a molar's two with the furcation between them. */
		private GeneralPath rootOutline(Random random) {
			var neck = crown - 6;
			var apex = crown + root * (.94f + random.nextFloat() * .06f);
			var outline = new GeneralPath();
			if (molar) {
				outline.moveTo(width * .17f, neck);
				outline.curveTo(width * .16f, crown + root * .6f, width * .24f, apex, width * .3f, apex);
				outline.curveTo(width * .37f, apex, width * .43f, crown + root * .45f, width * .5f, crown + root * .22f);
				outline.curveTo(width * .57f, crown + root * .45f, width * .63f, apex, width * .7f, apex);
				outline.curveTo(width * .76f, apex, width * .84f, crown + root * .6f, width * .83f, neck);
			}
			else {
				outline.moveTo(width * .2f, neck);
				outline.curveTo(width * .22f, crown + root * .55f, width * .4f, apex, width * .5f, apex);
				outline.curveTo(width * .6f, apex, width * .78f, crown + root * .55f, width * .8f, neck);
			}
			outline.closePath();
			return outline;
		}
	}

	private static Graphics2D pen(BufferedImage image) {
		var g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		return g;
	}

	/** {@code image} as a JPEG of ImageIO's usual quality. */
	static byte[] jpeg(BufferedImage image) {
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpeg", out);
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return out.toByteArray();
	}
}
