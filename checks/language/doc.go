// Package language defines the language check.
//
// language: a document in another language than the one declared
//
// A target declared French that is German gets findings of noise from
// every other check, and a source declared in the wrong language misleads
// them too. When a document's text is confidently in another language
// than declared — mostly in a script the declared language is not written
// in, or, in Latin and Devanagari script, with far more function words of
// another language the detector knows — the check says so: major for the
// target, minor for a source. Languages the detector cannot tell apart
// (Russian and Ukrainian, say) are never contradicted.
package language
