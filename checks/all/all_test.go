package all_test

import (
	"testing"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/all"
)

func TestValidate(t *testing.T) {
	if err := checks.Validate(all.Checks); err != nil {
		t.Fatal(err)
	}
	for _, c := range all.Checks {
		if all.ByName(c.Name) != c {
			t.Errorf("ByName(%q) does not return the check", c.Name)
		}
	}
}
