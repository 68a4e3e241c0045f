package retrieval

import (
	"math"
)

// Model is a logistic regression: the probability that a passage answers a
// question, from the question's features.
type Model struct {
	// Names name the features, in order (for reports and the fit tool).
	Names []string
	// Bias and Weights are the fitted coefficients.
	Bias    float64
	Weights []float64
	// Threshold is the probability from which the engine answers.
	Threshold float64
}

// Prob returns the model's probability for features x (len(x) must equal
// len(m.Weights)).
func (m Model) Prob(x []float64) float64 {
	z := m.Bias
	for i, w := range m.Weights {
		if i < len(x) {
			z += w * x[i]
		}
	}
	return 1 / (1 + math.Exp(-z))
}

// Sample is one labelled example for Fit.
type Sample struct {
	X      []float64
	Y      bool
	Weight float64 // 0 counts as 1
}

// Fit fits a logistic regression with an L2 penalty l2 (the bias is not
// penalised) by Newton's method (iteratively reweighted least squares),
// which converges in a few steps on a handful of features and needs no
// learning rate.
func Fit(names []string, samples []Sample, l2 float64) Model {
	d := len(names) + 1 // bias first
	beta := make([]float64, d)
	for iter := 0; iter < 50; iter++ {
		grad := make([]float64, d)
		hess := make([][]float64, d)
		for i := range hess {
			hess[i] = make([]float64, d)
		}
		for _, s := range samples {
			w := s.Weight
			if w == 0 {
				w = 1
			}
			x := append([]float64{1}, s.X...)
			z := 0.0
			for j := range d {
				z += beta[j] * x[j]
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if s.Y {
				y = 1
			}
			for j := range d {
				grad[j] += w * (y - p) * x[j]
				for k := range d {
					hess[j][k] += w * p * (1 - p) * x[j] * x[k]
				}
			}
		}
		for j := 1; j < d; j++ {
			grad[j] -= l2 * beta[j]
			hess[j][j] += l2
		}
		hess[0][0] += 1e-9
		step := solve(hess, grad)
		change := 0.0
		for j := range d {
			beta[j] += step[j]
			change = max(change, math.Abs(step[j]))
		}
		if change < 1e-8 {
			break
		}
	}
	return Model{Names: names, Bias: beta[0], Weights: beta[1:]}
}

// solve solves A x = b by Gaussian elimination with partial pivoting; A is
// positive definite here (a Hessian plus a ridge).
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	m := make([][]float64, n)
	for i := range m {
		m[i] = append(append([]float64{}, a[i]...), b[i])
	}
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		m[c], m[p] = m[p], m[c]
		if math.Abs(m[c][c]) < 1e-12 {
			continue
		}
		for r := c + 1; r < n; r++ {
			f := m[r][c] / m[c][c]
			for k := c; k <= n; k++ {
				m[r][k] -= f * m[c][k]
			}
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		if math.Abs(m[i][i]) < 1e-12 {
			continue
		}
		s := m[i][n]
		for k := i + 1; k < n; k++ {
			s -= m[i][k] * x[k]
		}
		x[i] = s / m[i][i]
	}
	return x
}

// RankGroup is one question's candidates for FitRank: each candidate's
// offset (the log of its retrieval score), features, and whether it holds
// the answer.
type RankGroup struct {
	Offset []float64
	X      [][]float64
	Pos    []bool
	Weight float64 // 0 counts as 1
}

// FitRank fits a listwise ranking model: the probability that a question's
// answer is candidate c is a softmax over its candidates of offset +
// weights·x, and the likelihood that the answer is among the positive
// candidates is maximised with an L2 penalty l2. Steps are Fisher scoring
// (the candidates' feature covariance as curvature) with backtracking, so
// no learning rate is tuned. Groups with no positive or no negative
// candidate carry no information and are skipped. The returned model's
// Bias is the mean of weights·x over the candidates, so that a corrected
// score, score·exp(weights·x − Bias), keeps the scale of the retrieval score.
func FitRank(names []string, groups []RankGroup, l2 float64) Model {
	d := len(names)
	var gs []RankGroup
	for _, g := range groups {
		np := 0
		for _, p := range g.Pos {
			if p {
				np++
			}
		}
		if np > 0 && np < len(g.Pos) {
			gs = append(gs, g)
		}
	}
	beta := make([]float64, d)
	objective := func(b []float64) float64 {
		l := 0.0
		for _, g := range gs {
			var all, pos []float64
			for c, x := range g.X {
				s := g.Offset[c] + dot(b, x)
				all = append(all, s)
				if g.Pos[c] {
					pos = append(pos, s)
				}
			}
			l += weightOf(g.Weight) * (logSumExp(pos) - logSumExp(all))
		}
		for _, v := range b {
			l -= l2 / 2 * v * v
		}
		return l
	}
	cur := objective(beta)
	for iter := 0; iter < 100; iter++ {
		grad := make([]float64, d)
		fisher := make([][]float64, d)
		for i := range fisher {
			fisher[i] = make([]float64, d)
			fisher[i][i] = l2 + 1e-9
		}
		for _, g := range gs {
			w := weightOf(g.Weight)
			s := make([]float64, len(g.X))
			for c, x := range g.X {
				s[c] = g.Offset[c] + dot(beta, x)
			}
			pAll := softmax(s, nil)
			pPos := softmax(s, g.Pos)
			meanAll := make([]float64, d)
			for c, x := range g.X {
				for j := range d {
					meanAll[j] += pAll[c] * x[j]
					grad[j] += w * (pPos[c] - pAll[c]) * x[j]
				}
			}
			for c, x := range g.X {
				for j := range d {
					dj := x[j] - meanAll[j]
					for k := range d {
						fisher[j][k] += w * pAll[c] * dj * (x[k] - meanAll[k])
					}
				}
			}
		}
		for j := range d {
			grad[j] -= l2 * beta[j]
		}
		step := solve(fisher, grad)
		t := 1.0
		var next []float64
		var val float64
		for ; t > 1e-4; t /= 2 {
			next = make([]float64, d)
			for j := range d {
				next[j] = beta[j] + t*step[j]
			}
			if val = objective(next); val >= cur {
				break
			}
		}
		if t <= 1e-4 {
			break
		}
		gain := val - cur
		beta, cur = next, val
		if gain < 1e-7 {
			break
		}
	}
	mean, n := 0.0, 0
	for _, g := range groups {
		for _, x := range g.X {
			mean += dot(beta, x)
			n++
		}
	}
	if n > 0 {
		mean /= float64(n)
	}
	return Model{Names: names, Bias: mean, Weights: beta}
}

func weightOf(w float64) float64 {
	if w == 0 {
		return 1
	}
	return w
}

func dot(b, x []float64) float64 {
	s := 0.0
	for j, v := range b {
		if j < len(x) {
			s += v * x[j]
		}
	}
	return s
}

func logSumExp(s []float64) float64 {
	if len(s) == 0 {
		return math.Inf(-1)
	}
	m := s[0]
	for _, v := range s {
		m = max(m, v)
	}
	t := 0.0
	for _, v := range s {
		t += math.Exp(v - m)
	}
	return m + math.Log(t)
}

// softmax of s over the entries where keep is true (all when keep is nil).
func softmax(s []float64, keep []bool) []float64 {
	p := make([]float64, len(s))
	m := math.Inf(-1)
	for c, v := range s {
		if keep == nil || keep[c] {
			m = max(m, v)
		}
	}
	t := 0.0
	for c, v := range s {
		if keep == nil || keep[c] {
			p[c] = math.Exp(v - m)
			t += p[c]
		}
	}
	for c := range p {
		p[c] /= t
	}
	return p
}
