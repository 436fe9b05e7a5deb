package com.clubstom.architecture.samples.alpha;

import org.springframework.stereotype.Controller;

/** Breaks "controllers live in web packages": a controller in the context's base package. */
@Controller
class NotesDesk {
}
