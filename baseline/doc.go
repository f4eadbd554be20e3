// Package baseline records the findings a team has accepted so that a CI
// gate reports only new ones. A baseline lists findings by their
// fingerprint (checks.Fingerprint: the check, the flagged text and the
// sentence around it, never positions), so that editing one paragraph
// brings back only that paragraph's findings. Entries that match no
// finding any more are stale: the text they accepted has changed.
package baseline
