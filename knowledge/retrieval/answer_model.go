package retrieval

// AnswerModel decides whether to answer. Placeholder until fitted.
var AnswerModel = Model{
	Bias:      -3,
	Weights:   []float64{0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0},
	Threshold: 0.5,
}
