package main

import (
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/quotebot/quotebot/knowledge/retrieval"
)

// TestChooseThreshold checks the plateau's midpoint, the committed
// threshold kept while it is on the plateau, and the coarser grid.
func TestChooseThreshold(t *testing.T) {
	// A smoothed curve peaking at log-odds peak, falling 0.01 a unit: its
	// plateau (within plateauTol) is peak ± 0.3.
	curve := func(peak float64) []curvePoint {
		var c []curvePoint
		for k := 0; k <= 100; k++ {
			x := math.Round((-1+float64(k)*gridStep)*100) / 100
			c = append(c, curvePoint{t: x, smooth: 0.8 - math.Abs(x-peak)*0.01, sqOK: true})
		}
		return c
	}
	for _, tc := range []struct {
		name string
		peak float64
		r    thresholdRule
		want float64
	}{
		{"midpoint", -0.3, thresholdRule{window: plateauWindow, tol: plateauTol}, -0.3},
		{"kept on the plateau", -0.3, thresholdRule{window: plateauWindow, tol: plateauTol, keep: -0.5, hasKeep: true}, -0.5},
		{"kept near its edge", -0.3, thresholdRule{window: plateauWindow, tol: plateauTol, keep: -0.56, hasKeep: true}, -0.56},
		{"off the plateau: midpoint", -0.3, thresholdRule{window: plateauWindow, tol: plateauTol, keep: 0.2, hasKeep: true}, -0.3},
		{"snapped to 0.1", -0.34, thresholdRule{window: plateauWindow, tol: plateauTol, snap: 0.1}, -0.3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			old := rule
			rule = tc.r
			defer func() { rule = old }()
			if got := chooseThreshold(retrieval.Model{}, nil, nil, curve(tc.peak), false); math.Abs(got-tc.want) > 1e-9 {
				t.Errorf("threshold %+.2f, want %+.2f", got, tc.want)
			}
		})
	}
}

// TestCommittedLogOdds checks that the threshold renderModel records is
// the one committedLogOdds reads back.
func TestCommittedLogOdds(t *testing.T) {
	for _, want := range []float64{-0.34, 0, 1.2} {
		src, err := renderModel(retrieval.Model{Names: []string{"a"}, Weights: []float64{1}, Threshold: 0.5}, want, nil, "-write")
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(t.TempDir(), "answer_model.go")
		if err := os.WriteFile(p, src, 0o644); err != nil {
			t.Fatal(err)
		}
		if got, ok := committedLogOdds(p); !ok || got != want {
			t.Errorf("committedLogOdds = %v, %v; want %v", got, ok, want)
		}
	}
	if _, ok := committedLogOdds(filepath.Join(t.TempDir(), "none.go")); ok {
		t.Error("committedLogOdds of a missing file: ok")
	}
}
