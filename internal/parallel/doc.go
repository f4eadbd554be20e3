// Package parallel runs the independent steps of one piece of work on
// several goroutines and gives their panics back to the caller.
package parallel
