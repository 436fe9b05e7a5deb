package com.clubstom.medicalrecord;

import java.io.InputStream;

/** A file with its content to read; whoever takes it closes the stream. */
public record OpenedFile(PatientFile file, InputStream content) {
}
