// Package placeholders defines the placeholders check.
//
// placeholders: inline codes of an XLIFF or TMX unit lost, added or misnested, and locked units changed
//
// The tags and variables of a bilingual file (<g>, <x/>, <ph>, <pc>,
// <sc>/<ec>, <bpt>/<ept>, <it>) carry formatting, links and values that
// the file's consumer puts back after translation: a target that drops
// one loses a link or a line break, one that adds or misnests them breaks
// the document rebuilt from it. The check compares each unit's target
// codes with its source's by id and flags a code missing from the target
// (at the unit), one the source lacks (at the code), and paired codes
// that close before they open or overlap. It also flags a unit marked
// translate="no" (itself or by its group) whose target differs from its
// source; the other checks leave such units alone, since their text is
// meant to stay in the source language. Articles, which have no units,
// are not checked.
package placeholders
