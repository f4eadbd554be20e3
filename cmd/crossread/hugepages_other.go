//go:build !linux

package main

import "unsafe"

// hugePagesOnRequest reports false: only Linux is asked for huge pages.
func hugePagesOnRequest() bool { return false }

func askHugePages(unsafe.Pointer) {}
