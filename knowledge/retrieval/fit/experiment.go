package main

import (
	"fmt"
	"math"
	"os"
	"slices"
	"strings"

	"github.com/quotebot/quotebot/knowledge"
	"github.com/quotebot/quotebot/knowledge/retrieval"
)

// Issue 11's experiment (-experiment): which news sets to fit on, and how to
// read the threshold off the out-of-fold curve, judged only on sets that
// no variant is fitted on.

// newsSplits are the held-out news splits, in order; outOfFit the ones no
// variant of the experiment fits on (dev2: paraphrases of dev, never
// fitted on).
var (
	newsSplits = []string{"dev", "unseen2", "unseen3", "unseen4", "unseen5", "unseen6", "unseen7", "unseen8", "unseen9", "unseen10", "unseen11", "unseen12", "unseen13", "unseen14"}
	outOfFit   = []string{"unseen12", "unseen13", "unseen14", "dev2"}
)

// splitOf is a held-out set's split ("" for the others).
func splitOf(s set) string {
	if !strings.HasPrefix(s.name, "heldout/") {
		return ""
	}
	return strings.SplitN(s.name, "/", 3)[1]
}

// withTrain returns a copy of sets fitting on the held-out splits in train
// and scoring the others.
func withTrain(sets []set, train []string) []set {
	out := slices.Clone(sets)
	for i := range out {
		if sp := splitOf(out[i]); sp != "" {
			out[i].role = "heldout-" + sp
			if slices.Contains(train, sp) {
				out[i].role = "train"
			}
		}
	}
	return out
}

// decide is the decision of uncalibrated model m at log-odds t.
func decide(m retrieval.Model, t float64, x []float64) bool {
	return x != nil && logOdds(m, x) >= t
}

// splitFigures counts model m's decisions at log-odds t on the news
// articles (not the seed questions) of split.
func splitFigures(sets []set, res [][]result, m retrieval.Model, t float64, split string) heldoutAgg {
	mm := m
	mm.Threshold = 1 / (1 + math.Exp(-t))
	var g heldoutAgg
	for i, s := range sets {
		if splitOf(s) == split && !strings.HasSuffix(s.name, "/seed") {
			countInto(mm)(&g, res[i])
		}
	}
	return g
}

func (g heldoutAgg) String() string {
	fa, ta := ratio(g.fa, g.ans), ratio(g.ua, g.una)
	return fmt.Sprintf("%.3f/%.3f/%.3f/%.3f", ratio(g.top1, g.ans), fa, ta, (1-fa+ta)/2)
}

func (g heldoutAgg) ba() float64 {
	return (1 - ratio(g.fa, g.ans) + ratio(g.ua, g.una)) / 2
}

func (g *heldoutAgg) plus(h heldoutAgg) {
	g.ans += h.ans
	g.top1 += h.top1
	g.shown += h.shown
	g.fa += h.fa
	g.una += h.una
	g.ua += h.ua
}

// cvFit is a model fitted on every training set with its out-of-fold
// scores, before any threshold.
type cvFit struct {
	m   retrieval.Model
	oof []oofScore
}

func fitCV(sets []set, res [][]result, l2, share, mustWeight float64) cvFit {
	return cvFit{
		m:   fitOn(sets, res, func(s set) bool { return s.role == "train" }, l2, mustWeight, share),
		oof: crossValidate(sets, res, l2, mustWeight, share),
	}
}

// threshold is the log-odds threshold rule r reads off f's curve.
func (f cvFit) threshold(sets []set, res [][]result, r thresholdRule) float64 {
	old := rule
	rule = r
	defer func() { rule = old }()
	return chooseThreshold(f.m, sets, res, oofCurve(f.oof), false)
}

// flips counts the out-of-fit decisions (news and seed questions of
// outOfFit) on which two models at their thresholds differ.
func flips(sets []set, res [][]result, a retrieval.Model, ta float64, b retrieval.Model, tb float64) int {
	n := 0
	for i, s := range sets {
		if !slices.Contains(outOfFit, splitOf(s)) {
			continue
		}
		for _, r := range res[i] {
			if decide(a, ta, r.x) != decide(b, tb, r.x) {
				n++
			}
		}
	}
	return n
}

// experimentRules are the threshold rules compared: today's, wider
// plateaus, and the same on a coarser grid.
var experimentRules = []thresholdRule{
	{name: "plateau tol .003 (today)", window: 0.3, tol: 0.003},
	{name: "plateau tol .01", window: 0.3, tol: 0.01},
	{name: "plateau tol 1 SE", window: 0.3, seTol: true},
	{name: "window .5 tol .01", window: 0.5, tol: 0.01},
	{name: "today, snap .1", window: 0.3, tol: 0.003, snap: 0.1},
	{name: "tol .01, snap .1", window: 0.3, tol: 0.01, snap: 0.1},
	{name: "tol 1 SE, snap .1", window: 0.3, seTol: true, snap: 0.1},
	{name: keepRule, window: 0.3, tol: 0.003},
}

// keepRule names the rule that keeps the base fit's threshold while it
// is on the refit's plateau (with no base, today's rule).
const keepRule = "today, keep committed"

func runExperiment(sets []set, res [][]result, mustWeight float64, parts string) {
	out := os.Stdout
	devnull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err == nil {
		os.Stdout = devnull
		defer func() { os.Stdout = out; devnull.Close() }()
	}
	p := func(format string, a ...any) { fmt.Fprintf(out, format, a...) }
	today := []string{"dev", "unseen2", "unseen3", "unseen4", "unseen5", "unseen6", "unseen7"}
	more := append(slices.Clone(today), "unseen8", "unseen9", "unseen10", "unseen11")

	// 1. Training data, each by the full choice rule (fit), measured on
	// the sets no variant is fitted on.
	if strings.Contains(parts, "1") {
		experimentData(sets, res, mustWeight, p, today, more)
	}
	if strings.Contains(parts, "2") {
		experimentLOSO(sets, res, mustWeight, p)
	}
	if strings.Contains(parts, "3") {
		experimentStability(sets, res, mustWeight, p, today, more)
	}
}

func experimentData(sets []set, res [][]result, mustWeight float64, p func(string, ...any), today, more []string) {
	p("== 1. training data; news articles of the out-of-fit sets: top1/FA/trap/BA\n")
	type variant struct {
		name  string
		train []string
		share float64
		equal bool // each news split weighs the same, whatever its size
	}
	variants := []variant{
		{"(i) today: dev, unseen2-7", today, 0, false},
		{"(ii) + unseen8-11", more, 0, false},
		{"(iii) (ii), SQuAD share 0.1", more, 0.1, false},
		{"(iii) (ii), SQuAD share 0.2", more, 0.2, false},
		{"(iii) (ii), SQuAD share 0.5", more, 0.5, false},
		{"(iii) (ii), splits weigh equally", more, 0, true},
	}
	for _, r := range []thresholdRule{experimentRules[0], experimentRules[4]} {
		p("-- threshold rule: %s\n", r.name)
		old := rule
		rule = r
		for _, v := range variants {
			vs := withTrain(sets, v.train)
			if v.equal {
				equalSplits(vs)
			}
			m, _ := fit(vs, res, 0, mustWeight, v.share, false, false)
			t := math.Log(m.Threshold / (1 - m.Threshold))
			var pooled heldoutAgg
			line := fmt.Sprintf("%-30s thr %.4f", v.name, m.Threshold)
			for _, sp := range outOfFit {
				g := splitFigures(vs, res, m, t, sp)
				pooled.plus(g)
				line += fmt.Sprintf(" | %s %s", sp, g)
			}
			sq := squadBA(vs, res, m, t)
			p("%s | pooled %s | SQuAD validate BA %.3f\n", line, pooled, sq)
		}
		rule = old
	}

}

func experimentLOSO(sets []set, res [][]result, mustWeight float64, p func(string, ...any)) {
	// 2. Leave one news split out, over all of them: each scored by a
	// model fitted (default share) on all the others, its threshold by
	// each rule from the inner cross-validation.
	for _, l2 := range experimentL2s {
		p("== 2. leave-one-split-out over %v (L2 %g, share %g): pooled out-of-fold news top1/FA/trap/BA, mean per-split BA\n", newsSplits, l2, defaultShare)
		pooled := make([]heldoutAgg, len(experimentRules))
		sumBA := make([]float64, len(experimentRules))
		for _, held := range newsSplits {
			var train []string
			for _, sp := range newsSplits {
				if sp != held {
					train = append(train, sp)
				}
			}
			vs := withTrain(sets, train)
			f := fitCV(vs, res, l2, defaultShare, mustWeight)
			line := fmt.Sprintf("  out %-9s", held)
			for k, r := range experimentRules {
				t := f.threshold(vs, res, r)
				g := splitFigures(vs, res, f.m, t, held)
				pooled[k].plus(g)
				sumBA[k] += g.ba()
				line += fmt.Sprintf(" %+.2f %.3f", t, g.ba())
			}
			p("%s\n", line)
		}
		for k, r := range experimentRules {
			p("  L2 %-3g %-26s pooled %s mean BA %.4f\n", l2, r.name, pooled[k], sumBA[k]/float64(len(newsSplits)))
		}
	}
}

// experimentL2s are the penalties the rules are compared at.
var experimentL2s = []float64{1}

func experimentStability(sets []set, res [][]result, mustWeight float64, p func(string, ...any), today, more []string) {
	// 3. Stability: what a refit of today's fit moves when one feature is
	// dropped or one split is added, per rule: the log-odds threshold's
	// movement, how often it does not move at all, the out-of-fit
	// decisions flipped (all, and those the threshold's move alone flips:
	// the refit's model at its own threshold against at the base's).
	p("== 3. stability of today's fit (share %g) over refits dropping one feature or adding one of unseen8-11\n", defaultShare)
	type perturb struct {
		name  string
		train []string
		drop  int // feature index, -1 none
	}
	var perts []perturb
	for j := range knowledge.DecisionFeatureNames {
		perts = append(perts, perturb{"drop " + knowledge.DecisionFeatureNames[j], today, j})
	}
	for _, sp := range []string{"unseen8", "unseen9", "unseen10", "unseen11"} {
		perts = append(perts, perturb{"add " + sp, append(slices.Clone(today), sp), -1})
	}
	for _, l2 := range experimentL2s {
		vs := withTrain(sets, today)
		bf := fitCV(vs, res, l2, defaultShare, mustWeight)
		K := len(experimentRules)
		bt := make([]float64, K)
		bBA := make([]float64, K)
		for k, r := range experimentRules {
			bt[k] = bf.threshold(vs, res, r)
			bBA[k] = pooledOutOfFit(vs, res, bf.m, bt[k]).ba()
		}
		dt := make([]float64, K)
		same := make([]int, K)
		fl := make([][]int, K)
		tfl := make([]float64, K)
		dba := make([]float64, K)
		for _, pt := range perts {
			ps := withTrain(sets, pt.train)
			pres := res
			if pt.drop >= 0 {
				pres = dropped(res, pt.drop)
			}
			f := fitCV(ps, pres, l2, defaultShare, mustWeight)
			for k, r := range experimentRules {
				if r.name == keepRule {
					r.keep, r.hasKeep = bt[k], true
				}
				t := f.threshold(ps, pres, r)
				dt[k] += math.Abs(t - bt[k])
				if math.Abs(t-bt[k]) < 1e-9 {
					same[k]++
				}
				fl[k] = append(fl[k], flipsMixed(vs, res, pres, bf.m, bt[k], f.m, t))
				tfl[k] += float64(flipsMixed(vs, pres, pres, f.m, bt[k], f.m, t))
				dba[k] += math.Abs(pooledOutOfFit(ps, pres, f.m, t).ba() - bBA[k])
			}
		}
		n := float64(len(perts))
		for k, r := range experimentRules {
			fs := slices.Clone(fl[k])
			slices.Sort(fs)
			sum := 0
			for _, v := range fs {
				sum += v
			}
			p("  L2 %-3g %-26s thr %+.2f (out-of-fit BA %.4f): |Δt| %.3f, unmoved %d/%d, flips median %d mean %.1f max %d, by the threshold alone %.1f, |ΔBA| %.4f\n",
				l2, r.name, bt[k], bBA[k], dt[k]/n, same[k], len(perts), fs[len(fs)/2], float64(sum)/n, fs[len(fs)-1], tfl[k]/n, dba[k]/n)
		}
	}
}

// equalSplits weighs the questions of each fitted news split so that
// every split weighs as much as the mean split.
func equalSplits(sets []set) {
	n := map[string]int{}
	for _, s := range sets {
		if sp := splitOf(s); sp != "" && s.role == "train" {
			n[sp] += len(s.qs)
		}
	}
	total := 0
	for _, v := range n {
		total += v
	}
	for i, s := range sets {
		if sp := splitOf(s); sp != "" && s.role == "train" {
			sets[i].weight = float64(total) / float64(len(n)) / float64(n[sp])
		}
	}
}

// squadBA is model m's balanced accuracy at log-odds t on the SQuAD
// validation half.
func squadBA(sets []set, res [][]result, m retrieval.Model, t float64) float64 {
	var c counts
	for i, s := range sets {
		if strings.HasPrefix(s.name, "squad/") && s.role == "validate" {
			for _, r := range res[i] {
				c.add(r.y, decide(m, t, r.x))
			}
		}
	}
	return c.ba()
}

// pooledOutOfFit is m's figures at t on the news articles of every
// out-of-fit split together.
func pooledOutOfFit(sets []set, res [][]result, m retrieval.Model, t float64) heldoutAgg {
	var g heldoutAgg
	for _, sp := range outOfFit {
		g.plus(splitFigures(sets, res, m, t, sp))
	}
	return g
}

// dropped returns res with feature j zeroed, as -drop does, in copies.
func dropped(res [][]result, j int) [][]result {
	out := make([][]result, len(res))
	for i := range res {
		out[i] = slices.Clone(res[i])
		for k := range out[i] {
			if x := out[i][k].x; x != nil {
				x = slices.Clone(x)
				x[j] = 0
				out[i][k].x = x
			}
		}
	}
	return out
}

// flipsMixed counts the out-of-fit decisions on which model a at ta on
// features resA and model b at tb on features resB differ.
func flipsMixed(sets []set, resA, resB [][]result, a retrieval.Model, ta float64, b retrieval.Model, tb float64) int {
	n := 0
	for i, s := range sets {
		if !slices.Contains(outOfFit, splitOf(s)) {
			continue
		}
		for k := range resA[i] {
			if decide(a, ta, resA[i][k].x) != decide(b, tb, resB[i][k].x) {
				n++
			}
		}
	}
	return n
}
