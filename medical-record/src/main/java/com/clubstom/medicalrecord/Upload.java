package com.clubstom.medicalrecord;

import org.springframework.core.io.InputStreamSource;

/**
 * A file as it arrives: the name and media type the browser sent (what it claims to be), its size, and its content,
 * which can be read more than once (a multipart upload is kept on disk until the request ends).
 */
public record Upload(String fileName, String declaredContentType, long size, InputStreamSource content) {
}
