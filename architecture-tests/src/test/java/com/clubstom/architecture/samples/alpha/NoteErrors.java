package com.clubstom.architecture.samples.alpha;

import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Breaks "controllers live in web packages" through a meta-annotation (@RestControllerAdvice is a @ControllerAdvice). */
@RestControllerAdvice
class NoteErrors {
}
