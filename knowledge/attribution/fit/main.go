// Command fit fits and measures the attribution's speaker model (the
// second stage of knowledge/attribution, model.go), reproducibly:
//
//	go run ./knowledge/attribution/fit          # leave-one-set-out CV report only
//	go run ./knowledge/attribution/fit -write   # then fit on every dev set and rewrite speaker_model.go
//
// Run it from the repository root. It reads the annotated development sets
// (knowledge/testdata/heldout: unseen, unseen2 … unseen8 and attribution/dev*;
// never unseen9, the blind set), parses every article through the real
// engine with the sieves alone, collects, for each annotated quotation the
// model may see, its candidate speakers and their features, and labels the
// candidate that is the annotated speaker. It fits a conditional logit
// (softmax over a quotation's candidates, L2 penalty) by gradient descent.
//
// Which sieve rules the model may overrule, and the probability it needs,
// are chosen by leave-one-set-out cross-validation: a rule is kept when the
// model's overrides of it, each made by a model fitted without the set, fix
// more quotations than they break. The report then re-parses every set with
// its fold's model and prints quotation speaker and claim speaker (counted as
// TestAttributionHeldout counts them) for the sieves alone and for sieves
// plus the model, per set. attribution/final is never fitted on: it is
// scored with the model fitted on everything else.
//
// -hold SETS scores the listed sets without ever fitting on them. Run on the
// source tree of an older commit (with model.go and this tool copied in),
// it simulates FIRST CONTACT: at 64facc2 the engine had never seen unseen8,
// at 6c91e14 unseen7, at ffb2dbb unseen6 (the "held … weak rules overruled"
// line then says what letting the model overrule every weak rule would do).
//
// Figures (session 12; 1505 samples, the annotated speaker among the
// candidates for 1471):
//
//   - leave-one-set-out on today's engine: the fold models' top choice is
//     right for 1401 samples, the sieves' for 1429; no rule's overrides net
//     +2 at any threshold (speech-before nets +1 at 0.8, and overruling it
//     broke seven of the sieves' unit cases: "a lawyer for X said", "his
//     relatives said"), so the committed model overrules nothing and quotation
//     and claim speaker are unchanged on every set (all 0.944 / 0.963).
//   - first contact: unseen8 at 64facc2, sieves right for 53 of 82 samples,
//     model 55; overruling the weak rules nets +2 at p >= 0.3-0.4, +1 at
//     0.6, 0 above. unseen7 at 6c91e14: 88 vs 86 of 105, overrides net -2 at
//     0.3-0.4, -1 at 0.5-0.7. unseen6 at ffb2dbb: 92 vs 89 of 119, overrides
//     net -2 at 0.3, +1 at 0.4-0.9. attribution/final loses 1-2 at <= 0.5
//     at every commit. No threshold helps all three first contacts.
//
// Session 13 (entity finding: role phrases with a function phrase, the
// official of a body described in lower case, an indefinite person phrase
// as the antecedent of "he"/"she", a possessive inside a body's name):
// 1505 samples, the annotated speaker among the candidates for 1483 (was
// 1471); sieves right for 1444 (was 1429), the fold models' top choice
// for 1410 (was 1401). Still no rule's overrides net +2 at any threshold:
// the committed model overrules nothing.
//
// What the misses were (session 12): of the sieves' 76 misses, 35 have
// no candidate with the annotated speaker, and 27 of those speakers are no
// entity at all (an organisation or a role phrase the
// engine does not find: "the man on the phone", "Greyhaven Courier", "the
// chair of the meeting"); a ranking model cannot choose them. The rest are
// choices among nearby people that the general features do not separate.
//
// It is a tool, not part of the product: it imports knowledge, which the
// attribution package itself never does.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/quotebot/quotebot/knowledge"
	"github.com/quotebot/quotebot/knowledge/attribution"
)

const heldout = "knowledge/testdata/heldout"

// trainSets are the development sets fitted on; checkSets are only scored.
var (
	trainSets = []string{"unseen", "unseen2", "unseen3", "unseen4", "unseen5", "unseen6", "unseen7", "unseen8",
		"attribution/dev", "attribution/dev3", "attribution/dev4", "attribution/dev5", "attribution/dev5-heldback",
		"attribution/dev6", "attribution/dev6-heldback", "attribution/dev7", "attribution/dev7-heldback",
		"attribution/dev8", "attribution/dev8-heldback"}
	checkSets = []string{"attribution/final"}
)

// dropped are the features left out of the fit (their weights stay 0).
var dropped = map[int]bool{}

type goldQuote struct {
	Quote   string `json:"quote"`
	Speaker string `json:"speaker"`
}

type goldClaim struct {
	Claim          string  `json:"claim"`
	Speaker        *string `json:"speaker"`
	SpeakerMatches *bool   `json:"speaker_matches"`
}

type article struct {
	set, slug, text string
	quotes          []goldQuote
	claims          []goldClaim
}

// sample is one annotated quotation the model may decide.
type sample struct {
	set, rule string
	gold      string
	exists    bool // the annotated speaker is one of the article's entities
	cands     []attribution.SpeakerCandidate
	label     int // index of the annotated speaker among cands, -1 if absent
	sieve     int // index of the sieve's choice among cands
}

func main() {
	write := flag.Bool("write", false, "fit on every dev set and rewrite knowledge/attribution/speaker_model.go")
	l2 := flag.Float64("l2", 0.01, "L2 penalty per sample")
	verbose := flag.Bool("v", false, "print each quotation the CV model changes")
	diag := flag.Bool("diag", false, "print the sieves' misses with the fold model's view of them")
	minNet := flag.Int("min-net", 2, "overrides a rule's CV must net to be kept")
	drop := flag.String("drop", "", "comma-separated features to leave out of the fit")
	hold := flag.String("hold", "attribution/final", "comma-separated sets never fitted on, only scored (as at first contact)")
	flag.Parse()
	checkSets = strings.Split(*hold, ",")
	trainSets = slices.DeleteFunc(trainSets, func(s string) bool { return slices.Contains(checkSets, s) })
	for _, d := range strings.Split(*drop, ",") {
		if i := slices.Index(attribution.SpeakerFeatureNames, d); i >= 0 {
			dropped[i] = true
		} else if d != "" {
			fmt.Fprintln(os.Stderr, "no feature", d)
			os.Exit(2)
		}
	}

	var arts []article
	for _, s := range append(slices.Clone(trainSets), checkSets...) {
		arts = append(arts, load(s)...)
	}
	var samples []sample
	base := map[string]score{}
	for _, a := range arts {
		ar := parse(a, knowledge.ParseOptions{SievesOnly: true})
		samples = append(samples, collect(a, ar)...)
		base[a.set] = base[a.set].add(scoreArticle(a, ar, nil))
	}
	train := func(skip string) []sample {
		var out []sample
		for _, s := range samples {
			if s.set != skip && slices.Contains(trainSets, s.set) && s.label >= 0 {
				out = append(out, s)
			}
		}
		return out
	}
	// Leave-one-set-out fold models.
	fold := map[string][]float64{}
	for _, s := range append(slices.Clone(trainSets), checkSets...) {
		fold[s] = fitLogit(train(s), *l2)
	}
	if *diag {
		for _, s := range samples {
			if s.label == s.sieve {
				continue
			}
			p := (&attribution.SpeakerModel{Weights: fold[s.set]}).Scores(s.cands)
			b := argmax(p)
			lp := -1.0
			if s.label >= 0 {
				lp = p[s.label]
			}
			fmt.Printf("miss %-26s %-30q exists %-5v %-20s label %2d/%d p(label) %.2f model %2d p %.2f sieve p %.2f\n", s.set, s.gold, s.exists, s.rule, s.label, len(s.cands), lp, b, p[b], p[s.sieve])
		}
	}
	// Per rule, what the fold models' overrides would do at each
	// threshold; a rule is kept at its best threshold when the overrides
	// fix at least minNet more quotations than they break.
	thresholds := []float64{0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}
	type tally struct{ n, gain, loss int }
	byRule := map[string][]tally{}
	for _, s := range samples {
		if !slices.Contains(trainSets, s.set) {
			continue
		}
		p := (&attribution.SpeakerModel{Weights: fold[s.set]}).Scores(s.cands)
		b := argmax(p)
		if byRule[s.rule] == nil {
			byRule[s.rule] = make([]tally, len(thresholds))
		}
		for ti, th := range thresholds {
			byRule[s.rule][ti].n++
			if b == s.sieve || p[b] < th {
				continue
			}
			if b == s.label {
				byRule[s.rule][ti].gain++
			} else if s.sieve == s.label {
				byRule[s.rule][ti].loss++
			}
		}
	}
	rules := slices.Sorted(maps.Keys(byRule))
	// The held sets (as at first contact): what overriding every weak
	// rule would do at each threshold, with the model fitted on the rest.
	for _, set := range checkSets {
		var cells []string
		for _, th := range thresholds {
			g, l := 0, 0
			for _, s := range samples {
				if s.set != set || !weakRule(s.rule) {
					continue
				}
				p := (&attribution.SpeakerModel{Weights: fold[s.set]}).Scores(s.cands)
				b := argmax(p)
				if b == s.sieve || p[b] < th {
					continue
				}
				if b == s.label {
					g++
				} else if s.sieve == s.label {
					l++
				}
			}
			cells = append(cells, fmt.Sprintf("%d/%d", g, l))
		}
		fmt.Printf("held %-28s weak rules overruled, gain/loss at %v: %s\n", set, thresholds, strings.Join(cells, " "))
	}
	fmt.Println("per set, over its samples: sieve right / fold model's top choice right / n")
	for _, set := range append(slices.Clone(trainSets), checkSets...) {
		var n, sv, md int
		for _, s := range samples {
			if s.set != set {
				continue
			}
			n++
			if s.sieve == s.label {
				sv++
			}
			if argmax((&attribution.SpeakerModel{Weights: fold[s.set]}).Scores(s.cands)) == s.label {
				md++
			}
		}
		fmt.Printf("  %-28s %d / %d / %d\n", set, sv, md, n)
	}
	fmt.Printf("samples %d (with the annotated speaker among the candidates: %d)\n", len(samples), count(samples, func(s sample) bool { return s.label >= 0 }))
	fmt.Printf("CV overrides per rule (gain/loss at thresholds %v):\n", thresholds)
	keep := map[string]float64{}
	for _, r := range rules {
		best, bt := 0, -1
		var cells []string
		for ti, t := range byRule[r] {
			cells = append(cells, fmt.Sprintf("%d/%d", t.gain, t.loss))
			if net := t.gain - t.loss; net >= *minNet && net > best {
				best, bt = net, ti
			}
		}
		mark := ""
		if bt >= 0 {
			keep[r] = thresholds[bt]
			mark = fmt.Sprintf("  kept at %.1f", thresholds[bt])
		}
		fmt.Printf("  %-22q n=%-4d %s%s\n", r, byRule[r][0].n, strings.Join(cells, " "), mark)
	}
	// Re-parse every set with its fold's model: the honest figures.
	fmt.Printf("\n%-28s %-22s %-22s\n", "set (leave-one-set-out)", "sieves q.spk c.spk", "+model q.spk c.spk")
	var tb, tm score
	for _, set := range append(slices.Clone(trainSets), checkSets...) {
		m := &attribution.SpeakerModel{Weights: fold[set], Rules: keep}
		var sc score
		for _, a := range arts {
			if a.set == set {
				ar := parse(a, knowledge.ParseOptions{SpeakerModel: m})
				var log []string
				sc = sc.add(scoreArticle(a, ar, &log))
				if *verbose {
					for _, l := range log {
						fmt.Println("   ", l)
					}
				}
			}
		}
		b := base[set]
		fmt.Printf("%-28s %.3f %.3f          %.3f %.3f\n", set, b.q(), b.c(), sc.q(), sc.c())
		tb, tm = tb.add(b), tm.add(sc)
	}
	fmt.Printf("%-28s %.3f %.3f          %.3f %.3f\n", "all", tb.q(), tb.c(), tm.q(), tm.c())
	if *write {
		w := fitLogit(train(""), *l2)
		writeModel(w, keep, *l2, *minNet, *drop)
	}
}

// weakRule reports a rule the model may be allowed to overrule: no sieve,
// or one that guesses from position (attribution.WeakRules).
func weakRule(r string) bool { return r == "" || attribution.WeakRules[r] != "" }

func count(ss []sample, f func(sample) bool) int {
	n := 0
	for _, s := range ss {
		if f(s) {
			n++
		}
	}
	return n
}

func argmax(p []float64) int {
	b := 0
	for i := range p {
		if p[i] > p[b] {
			b = i
		}
	}
	return b
}

func load(set string) []article {
	dir := filepath.Join(heldout, set)
	paths, _ := filepath.Glob(filepath.Join(dir, "*.quotes.jsonl"))
	sort.Strings(paths)
	var out []article
	for _, qp := range paths {
		slug := strings.TrimSuffix(filepath.Base(qp), ".quotes.jsonl")
		a := article{set: set, slug: slug}
		for _, ext := range []string{".txt", ".md"} {
			if b, err := os.ReadFile(filepath.Join(dir, slug+ext)); err == nil {
				a.text = string(b)
			}
		}
		a.quotes = readJSONL[goldQuote](qp)
		a.claims = readJSONL[goldClaim](filepath.Join(dir, slug+".claims.jsonl"))
		out = append(out, a)
	}
	return out
}

func readJSONL[T any](path string) []T {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			fmt.Fprintln(os.Stderr, path, err)
			os.Exit(1)
		}
		out = append(out, v)
	}
	return out
}

func parse(a article, opt knowledge.ParseOptions) *knowledge.Article {
	ar, err := knowledge.ParseWith(a.slug, a.text, opt)
	if err != nil {
		fmt.Fprintln(os.Stderr, a.slug, err)
		os.Exit(1)
	}
	return ar
}

// matchQuotes pairs each annotated quotation with the article's, one to
// one and in order, as TestAttributionHeldout does (-1: not found).
func matchQuotes(a article, ar *knowledge.Article) []int {
	used := make([]bool, len(ar.Quotations))
	out := make([]int, len(a.quotes))
	for i, g := range a.quotes {
		out[i] = -1
		for k, q := range ar.Quotations {
			if !used[k] && strings.TrimSpace(q.Text) == strings.TrimSpace(g.Quote) {
				used[k], out[i] = true, k
				break
			}
		}
	}
	return out
}

// isSpeaker reports whether entity e is the annotated speaker gold.
func isSpeaker(r *attribution.Result, gold string, e int) bool {
	if gold == "" || e < 0 {
		return gold == "" && e < 0
	}
	en := r.Entities[e]
	if knowledge.Fold(gold) == knowledge.Fold(en.Name) || knowledge.Fold(gold) == knowledge.Fold(en.Short) {
		return true
	}
	g, _ := r.Resolve(gold)
	return g == e
}

// collect returns the article's samples: its annotated quotations that the
// model may decide.
func collect(a article, ar *knowledge.Article) []sample {
	r := ar.Attribution()
	var out []sample
	for i, k := range matchQuotes(a, ar) {
		if k < 0 {
			continue
		}
		qi := slices.IndexFunc(r.Quotations, func(q attribution.Quotation) bool { return q.Start == ar.Quotations[k].Start })
		cs := r.SpeakerCandidates(qi)
		if len(cs) < 2 {
			continue
		}
		spk, rule := r.SieveVerdict(qi)
		s := sample{set: a.set, rule: rule, cands: cs, label: -1, gold: a.quotes[i].Speaker}
		for e := range r.Entities {
			if isSpeaker(r, s.gold, e) {
				s.exists = true
			}
		}
		for j, c := range cs {
			if c.Entity == spk {
				s.sieve = j
			}
			if s.label < 0 && isSpeaker(r, a.quotes[i].Speaker, c.Entity) {
				s.label = j
			}
		}
		out = append(out, s)
	}
	return out
}

// score counts quotation and claim speakers right, as TestAttributionHeldout.
type score struct{ quotes, quoteOK, claims, claimOK int }

func (s score) add(o score) score {
	return score{s.quotes + o.quotes, s.quoteOK + o.quoteOK, s.claims + o.claims, s.claimOK + o.claimOK}
}
func (s score) q() float64 { return ratio(s.quoteOK, s.quotes) }
func (s score) c() float64 { return ratio(s.claimOK, s.claims) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func scoreArticle(a article, ar *knowledge.Article, log *[]string) score {
	var sc score
	for i, k := range matchQuotes(a, ar) {
		sc.quotes++
		if k >= 0 && ar.Attribution().SameSpeaker(a.quotes[i].Speaker, ar.Quotations[k].Speaker) {
			sc.quoteOK++
		}
		if log != nil && k >= 0 && ar.Quotations[k].Rule == "model" {
			*log = append(*log, fmt.Sprintf("%s: model %q want %q: %.60q", a.slug, ar.Quotations[k].Speaker, a.quotes[i].Speaker, a.quotes[i].Quote))
		}
	}
	for _, c := range a.claims {
		if c.Speaker == nil && c.SpeakerMatches == nil {
			continue
		}
		sc.claims++
		rep, err := ar.CheckQuotes(c.Claim)
		if err != nil || len(rep.Claims) == 0 {
			continue
		}
		got := rep.Claims[0]
		ok := c.Speaker == nil || ar.Attribution().SameSpeaker(*c.Speaker, got.Speaker)
		if c.SpeakerMatches != nil && (got.SpeakerMatches == nil || *got.SpeakerMatches != *c.SpeakerMatches) {
			ok = false
		}
		if ok {
			sc.claimOK++
		}
	}
	return sc
}

// fitLogit fits a conditional logit over each sample's candidates by
// gradient descent (full batch, fixed steps: deterministic).
func fitLogit(ss []sample, l2 float64) []float64 {
	n := len(attribution.SpeakerFeatureNames)
	w := make([]float64, n)
	m := attribution.SpeakerModel{Weights: w}
	// Adam keeps the steps sane for features of different scales.
	mo, ve := make([]float64, n), make([]float64, n)
	const lr, b1, b2, steps = 0.05, 0.9, 0.999, 1500
	for it := 1; it <= steps; it++ {
		g := make([]float64, n)
		for _, s := range ss {
			p := m.Scores(s.cands)
			for j, c := range s.cands {
				y := 0.0
				if j == s.label {
					y = 1
				}
				for f, x := range c.Features {
					g[f] += (p[j] - y) * x
				}
			}
		}
		for f := range g {
			if dropped[f] {
				continue
			}
			g[f] = g[f]/float64(len(ss)) + l2*w[f]
			mo[f] = b1*mo[f] + (1-b1)*g[f]
			ve[f] = b2*ve[f] + (1-b2)*g[f]*g[f]
			mh := mo[f] / (1 - math.Pow(b1, float64(it)))
			vh := ve[f] / (1 - math.Pow(b2, float64(it)))
			w[f] -= lr * mh / (math.Sqrt(vh) + 1e-8)
		}
	}
	return w
}

func writeModel(w []float64, rules map[string]float64, l2 float64, minNet int, drop string) {
	var b strings.Builder
	fmt.Fprintf(&b, "// Code generated by go run ./knowledge/attribution/fit -write -l2 %g -min-net %d -drop '%s'; DO NOT EDIT.\n\n", l2, minNet, drop)
	b.WriteString("package attribution\n\n")
	b.WriteString("// DefaultSpeakerModel returns the committed speaker model: weights in the\n// order of SpeakerFeatureNames, fitted on the annotated development sets;\n// the threshold and the rules it may overrule chosen by leave-one-set-out\n// cross-validation (see knowledge/attribution/fit).\n")
	b.WriteString("func DefaultSpeakerModel() *SpeakerModel {\n\treturn &SpeakerModel{\n\t\tWeights: []float64{\n")
	for i, x := range w {
		fmt.Fprintf(&b, "\t\t\t%.4f, // %s\n", x, attribution.SpeakerFeatureNames[i])
	}
	b.WriteString("\t\t},\n\t\tRules: map[string]float64{\n")
	for _, r := range slices.Sorted(maps.Keys(rules)) {
		fmt.Fprintf(&b, "\t\t\t%q: %g,\n", r, rules[r])
	}
	b.WriteString("\t\t},\n\t}\n}\n")
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := os.WriteFile("knowledge/attribution/speaker_model.go", src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("wrote knowledge/attribution/speaker_model.go")
}
