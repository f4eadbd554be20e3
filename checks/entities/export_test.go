package entities

// GivenNamesFile exposes data/givennames.txt to the external tests.
func GivenNamesFile() string { return givenNamesFile }

// GivenNamesUSFile exposes data/givennames-us.txt to the external tests.
func GivenNamesUSFile() string { return givenNamesUS }
