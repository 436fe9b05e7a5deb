package com.clubstom.kernel;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * An uploaded picture (JPEG, PNG, WebP) decoded to the end, which proves it is one: a file that only starts like an image,
 * is damaged or cut short is refused ({@link UnreadableImageException}), including a JPEG whose decoder only warns that
 * its data ends early (harmless warnings, such as stray bytes between markers that cameras leave, are let through).
 * Large pictures are read subsampled, so a 40-megapixel photo never sits in memory at full size: the picture kept is just
 * large enough for the thumbnails drawn from it, while {@link #width()} and {@link #height()} are those of the original
 * as it is shown, turned the way the camera's EXIF orientation says (as browsers show it). The thumbnails are JPEGs (white
 * where the original is transparent), scaled down in halves for a smooth result.
 */
public final class DecodedImage {

	/** Larger pictures are refused: decoding them would take too long (a "decompression bomb"). */
	public static final long MAXIMUM_PIXELS = 250_000_000L;

	private static final float THUMBNAIL_QUALITY = 0.85f;

	private final int width;
	private final int height;
	private final BufferedImage picture;

	private DecodedImage(int width, int height, BufferedImage picture) {
		this.width = width;
		this.height = height;
		this.picture = picture;
	}

	/** {@link #read(InputStream, int)} of bytes in memory. */
	public static DecodedImage read(byte[] bytes, int shortestSideKept) {
		return read(new ByteArrayInputStream(bytes), shortestSideKept);
	}

	/**
	 * Decodes the picture in {@code content} (the stream is read, not closed), keeping it subsampled to no less than
	 * {@code shortestSideKept} pixels on its shorter side (or at full size when smaller).
	 *
	 * @throws UnreadableImageException when no decoder reads it to the end without complaint
	 */
	public static DecodedImage read(InputStream content, int shortestSideKept) {
		try (var input = new MemoryCacheImageInputStream(content)) {
			var readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new UnreadableImageException("No decoder for this picture");
			}
			var reader = readers.next();
			try {
				reader.setInput(input, true, true);
				var warnings = new ArrayList<String>();
				reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width <= 0 || height <= 0 || (long) width * height > MAXIMUM_PIXELS) {
					throw new UnreadableImageException("Picture of " + width + "×" + height + " pixels");
				}
				var step = Math.max(1, Math.min(width, height) / Math.max(1, shortestSideKept));
				var parameters = reader.getDefaultReadParam();
				parameters.setSourceSubsampling(step, step, 0, 0);
				var picture = reader.read(0, parameters);
				if (warnings.stream().anyMatch(DecodedImage::saysDataIsMissing)) {
					throw new UnreadableImageException("Damaged picture: " + warnings);
				}
				var orientation = ExifOrientation.of(reader.getImageMetadata(0));
				return orientation.swapsSides() ? new DecodedImage(height, width, orientation.applyTo(picture))
						: new DecodedImage(width, height, orientation.applyTo(picture));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException damaged) {
			if (damaged instanceof UnreadableImageException unreadable) {
				throw unreadable;
			}
			throw new UnreadableImageException("Unreadable picture: " + damaged.getMessage());
		}
	}

	/** A decoder's warning that the picture's data ends before the picture does. */
	private static boolean saysDataIsMissing(String warning) {
		var lower = warning.toLowerCase(Locale.ROOT);
		return lower.contains("truncated") || lower.contains("premature end") || lower.contains("missing eoi");
	}

	/** The original's width in pixels, as it is shown. */
	public int width() {
		return width;
	}

	/** The original's height in pixels, as it is shown. */
	public int height() {
		return height;
	}

	/** A JPEG whose longer side is {@code longestSide} pixels (or the picture's own size when smaller), proportions kept. */
	public byte[] thumbnailFitting(int longestSide) {
		var scale = Math.min(1.0, (double) longestSide / Math.max(picture.getWidth(), picture.getHeight()));
		var thumbnailWidth = Math.max(1, (int) Math.round(picture.getWidth() * scale));
		var thumbnailHeight = Math.max(1, (int) Math.round(picture.getHeight() * scale));
		return jpeg(scaled(thumbnailWidth, thumbnailHeight, thumbnailWidth, thumbnailHeight));
	}

	/** A square JPEG of {@code side} pixels that the picture covers, centred, with what sticks out cut off. */
	public byte[] thumbnailCovering(int side) {
		var scale = Math.max((double) side / picture.getWidth(), (double) side / picture.getHeight());
		var scaledWidth = (int) Math.ceil(picture.getWidth() * scale);
		var scaledHeight = (int) Math.ceil(picture.getHeight() * scale);
		return jpeg(scaled(scaledWidth, scaledHeight, side, side));
	}

	/** The picture scaled to {@code width}×{@code height}, centred on a white canvas of {@code canvasWidth}×{@code canvasHeight}. */
	private BufferedImage scaled(int width, int height, int canvasWidth, int canvasHeight) {
		var source = picture;
		// halve first while far too large: one bicubic step from a big picture to a small one loses detail to aliasing
		while (source.getWidth() / 2 >= width && source.getHeight() / 2 >= height) {
			source = draw(source, source.getWidth() / 2, source.getHeight() / 2, source.getWidth() / 2, source.getHeight() / 2);
		}
		return draw(source, width, height, canvasWidth, canvasHeight);
	}

	private static BufferedImage draw(BufferedImage source, int width, int height, int canvasWidth, int canvasHeight) {
		var canvas = new BufferedImage(canvasWidth, canvasHeight, BufferedImage.TYPE_INT_RGB);
		var g = canvas.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, canvasWidth, canvasHeight);
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(source, (canvasWidth - width) / 2, (canvasHeight - height) / 2, width, height, null);
		}
		finally {
			g.dispose();
		}
		return canvas;
	}

	private static byte[] jpeg(BufferedImage image) {
		var out = new ByteArrayOutputStream();
		var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (var stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			var parameters = writer.getDefaultWriteParam();
			parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			parameters.setCompressionQuality(THUMBNAIL_QUALITY);
			writer.write(null, new IIOImage(image, null, null), parameters);
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}
}
