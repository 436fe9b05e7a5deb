package com.clubstom.kernel;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;

import org.w3c.dom.Node;

/**
 * How a camera says its JPEG is to be turned (EXIF tag 0x0112, values 1–8): a phone held upright stores the picture
 * lying on its side with orientation 6. Browsers turn such pictures when they show them, so thumbnails must too. Read
 * from the APP1 segment the JDK's JPEG reader keeps as an unknown marker; anything unreadable is taken as upright.
 */
enum ExifOrientation {

	UPRIGHT, MIRRORED, UPSIDE_DOWN, FLIPPED, TRANSPOSED, TURNED_RIGHT, TRANSVERSED, TURNED_LEFT;

	private static final String JPEG_METADATA = "javax_imageio_jpeg_image_1.0";
	private static final int APP1 = 0xE1;
	private static final int ORIENTATION_TAG = 0x0112;

	/** The orientation in a JPEG's metadata; upright for any other picture or without EXIF. */
	static ExifOrientation of(IIOMetadata metadata) {
		if (metadata == null || !JPEG_METADATA.equals(metadata.getNativeMetadataFormatName())) {
			return UPRIGHT;
		}
		var markers = firstChild(metadata.getAsTree(JPEG_METADATA), "markerSequence");
		for (var marker = markers == null ? null : markers.getFirstChild(); marker != null; marker = marker.getNextSibling()) {
			if ("unknown".equals(marker.getNodeName()) && String.valueOf(APP1).equals(attribute(marker, "MarkerTag"))
					&& marker instanceof IIOMetadataNode segment && segment.getUserObject() instanceof byte[] bytes
					&& ofExif(bytes) != UPRIGHT) {
				return ofExif(bytes);
			}
		}
		return UPRIGHT;
	}

	/** The orientation in an APP1 segment's data: "Exif", two zero bytes, then a TIFF header and its first directory. */
	static ExifOrientation ofExif(byte[] segment) {
		if (segment.length < 14 || !new String(segment, 0, 4, StandardCharsets.US_ASCII).equals("Exif")) {
			return UPRIGHT;
		}
		var tiff = ByteBuffer.wrap(segment, 6, segment.length - 6).slice();
		tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
		try {
			var directory = tiff.getInt(4);
			var entries = Short.toUnsignedInt(tiff.getShort(directory));
			for (int i = 0; i < entries; i++) {
				var entry = directory + 2 + i * 12;
				if (Short.toUnsignedInt(tiff.getShort(entry)) == ORIENTATION_TAG) {
					var value = Short.toUnsignedInt(tiff.getShort(entry + 8));
					return value >= 1 && value <= 8 ? values()[value - 1] : UPRIGHT;
				}
			}
		}
		catch (IndexOutOfBoundsException cutShort) {
			// a directory pointing past the segment: no orientation worth trusting
		}
		return UPRIGHT;
	}

	/** Whether the picture is shown with its width and height exchanged (turned a quarter). */
	boolean swapsSides() {
		return ordinal() >= TRANSPOSED.ordinal();
	}

	/** The picture as it is to be shown. */
	BufferedImage applyTo(BufferedImage picture) {
		if (this == UPRIGHT) {
			return picture;
		}
		double width = picture.getWidth();
		double height = picture.getHeight();
		var turn = new AffineTransform();
		switch (this) {
			case MIRRORED -> turn.setTransform(-1, 0, 0, 1, width, 0);
			case UPSIDE_DOWN -> turn.setTransform(-1, 0, 0, -1, width, height);
			case FLIPPED -> turn.setTransform(1, 0, 0, -1, 0, height);
			case TRANSPOSED -> turn.setTransform(0, 1, 1, 0, 0, 0);
			case TURNED_RIGHT -> turn.setTransform(0, 1, -1, 0, height, 0);
			case TRANSVERSED -> turn.setTransform(0, -1, -1, 0, height, width);
			case TURNED_LEFT -> turn.setTransform(0, -1, 1, 0, 0, width);
			default -> throw new IllegalStateException(name());
		}
		var shown = new BufferedImage(swapsSides() ? picture.getHeight() : picture.getWidth(),
				swapsSides() ? picture.getWidth() : picture.getHeight(), BufferedImage.TYPE_INT_RGB);
		var g = shown.createGraphics();
		try {
			g.drawImage(picture, turn, null);
		}
		finally {
			g.dispose();
		}
		return shown;
	}

	private static Node firstChild(Node parent, String name) {
		for (var child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (name.equals(child.getNodeName())) {
				return child;
			}
		}
		return null;
	}

	private static String attribute(Node node, String name) {
		var attribute = node.getAttributes() == null ? null : node.getAttributes().getNamedItem(name);
		return attribute == null ? null : attribute.getNodeValue();
	}
}
