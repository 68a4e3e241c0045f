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
