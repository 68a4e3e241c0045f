package attribution

import (
	"slices"
	"testing"
)

func TestDefaultSpeakerModelShape(t *testing.T) {
	m := DefaultSpeakerModel()
	if len(SpeakerFeatureNames) != nSpeakerFeatures || len(m.Weights) != nSpeakerFeatures {
		t.Fatalf("%d feature names, %d weights, want %d", len(SpeakerFeatureNames), len(m.Weights), nSpeakerFeatures)
	}
	for r := range m.Rules {
		if r != "" && WeakRules[r] == "" {
			t.Errorf("the model may overrule %q, which is no weak rule", r)
		}
	}
}

// TestSpeakerStage checks that the model re-decides only the rules it may
// overrule, names its verdict "model" with its probability, and that the
// candidates hold the people around the quotation and nobody.
func TestSpeakerStage(t *testing.T) {
	const text = "Mayor Ellen Hadley spoke to reporters on Monday.\n\n“We will rebuild the bridge,” Hadley said.\n"
	noneWins := make([]float64, nSpeakerFeatures)
	noneWins[slices.Index(SpeakerFeatureNames, "none")] = 10
	for _, tt := range []struct {
		name     string
		model    *SpeakerModel
		want     string
		wantRule string
	}{
		{"sieves alone", nil, "Hadley", "speech-after"},
		{"a rule the model may not overrule", &SpeakerModel{Weights: noneWins, Rules: map[string]float64{"paragraph-speaker": 0.5}}, "Hadley", "speech-after"},
		{"below the threshold", &SpeakerModel{Weights: noneWins, Rules: map[string]float64{"speech-after": 1.01}}, "Hadley", "speech-after"},
		{"overruled", &SpeakerModel{Weights: noneWins, Rules: map[string]float64{"speech-after": 0.5}}, "", "model"},
		{"the committed model", DefaultSpeakerModel(), "Hadley", "speech-after"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := AnalyzeWith(docOf(text), nil, tt.model)
			if len(r.Quotations) != 1 {
				t.Fatalf("%d quotations, want 1", len(r.Quotations))
			}
			q := r.Quotations[0]
			if got := r.speakerName(0); got != tt.want || q.Rule != tt.wantRule {
				t.Errorf("speaker %q by %q, want %q by %q", got, q.Rule, tt.want, tt.wantRule)
			}
			if tt.wantRule == "model" && q.Prob < 0.5 {
				t.Errorf("model verdict with probability %.2f", q.Prob)
			}
			if spk, rule := r.SieveVerdict(0); rule != "speech-after" || spk < 0 {
				t.Errorf("sieve verdict %d by %q, want Hadley by speech-after", spk, rule)
			}
			cs := r.SpeakerCandidates(0)
			if tt.model != nil && len(tt.model.Rules) == 0 {
				if cs != nil {
					t.Errorf("a model that may overrule nothing got candidates %+v", cs)
				}
				return
			}
			if !slices.ContainsFunc(cs, func(c SpeakerCandidate) bool { return c.Entity == -1 }) ||
				!slices.ContainsFunc(cs, func(c SpeakerCandidate) bool { return c.Entity >= 0 && r.Entities[c.Entity].Short == "Hadley" }) {
				t.Errorf("candidates %+v lack nobody or Hadley", cs)
			}
		})
	}
}
