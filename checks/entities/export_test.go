package entities

// GivenNamesFile exposes data/givennames.txt to the external tests.
func GivenNamesFile() string { return givenNamesFile }
