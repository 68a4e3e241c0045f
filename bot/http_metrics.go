package bot

import (
	"net/http"

	"github.com/bwmarrin/discordgo"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/quotebot/quotebot/knowledge"
)

// Metrics counts what the bot does, in a registry of its own (not the
// global one), so two servers in one test binary never collide. A nil
// *Metrics counts nothing.
type Metrics struct {
	reg             *prometheus.Registry
	interactions    *prometheus.CounterVec
	latency         *prometheus.HistogramVec
	followups       *prometheus.CounterVec
	followupLatency *prometheus.HistogramVec
	rejected        *prometheus.CounterVec
	rateLimited     *prometheus.CounterVec
	llmEvents       *prometheus.CounterVec
	shed            *prometheus.CounterVec
	queued          *prometheus.CounterVec
	inFlight        prometheus.Gauge
}

var _ knowledge.Metrics = (*Metrics)(nil)

// NewMetrics returns metrics registered in a new registry, with the Go
// runtime and process collectors beside them.
func NewMetrics() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		interactions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quotebot_interactions_total",
			Help: "Interactions answered, by kind (command, component, autocomplete, modal, ping), command and outcome (answered, deferred, error, panic).",
		}, []string{"kind", "command", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "quotebot_interaction_duration_seconds",
			Help: "Time from receiving an interaction to writing its initial response.",
			// Discord waits 3 seconds for the initial response.
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2, 3, 5},
		}, []string{"kind", "command"}),
		followups: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quotebot_followups_total",
			Help: "Deferred interactions completed by editing the original response, by command and outcome (edited, timeout, error, panic, edit_failed).",
		}, []string{"command", "outcome"}),
		followupLatency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "quotebot_followup_duration_seconds",
			Help:    "Time from deferring an interaction to editing its original response.",
			Buckets: []float64{.1, .25, .5, 1, 2.5, 5, 10, 20, 30, 60, 120},
		}, []string{"command"}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quotebot_rejected_signatures_total",
			Help: "Interaction requests refused with 401, by reason (missing, malformed, stale, future, invalid).",
		}, []string{"reason"}),
		rateLimited: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quotebot_rate_limited_total",
			Help: "Requests refused by the per-user or per-guild rate limit, by command.",
		}, []string{"command"}),
		llmEvents: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quotebot_llm_events_total",
			Help: "LLM-mode outcomes, by event (llm.answered, llm.abstained, llm.cache_hit, llm.fallback.*).",
		}, []string{"event"}),
		shed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quotebot_load_shed_total",
			Help: "Interactions refused with \"I'm busy\" because every answer slot was taken (and, for a command, stayed taken for the queue wait), by kind and command.",
		}, []string{"kind", "command"}),
		queued: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quotebot_load_queued_total",
			Help: "Commands deferred to wait for an answer slot, by kind and command.",
		}, []string{"kind", "command"}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "quotebot_answers_in_flight",
			Help: "Answers being computed now (at most the concurrency bound, GOMAXPROCS by default).",
		}),
	}
	m.reg.MustRegister(m.llmEvents, m.shed, m.queued, m.inFlight,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.interactions, m.latency, m.followups, m.followupLatency, m.rejected, m.rateLimited,
	)
	return m
}

// Registry is where the metrics live, for a test or an extra collector.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Handler serves the metrics in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// Inc counts one LLM-mode event (knowledge.Metrics): answers, abstentions,
// cache hits and fallbacks to the extractive answer.
func (m *Metrics) Inc(event string) {
	if m == nil {
		return
	}
	m.llmEvents.WithLabelValues(event).Inc()
}

// RateLimited counts one request refused by a rate limit; the code that
// enforces the limit (in either mode) calls it.
func (m *Metrics) RateLimited(command string) {
	if m == nil {
		return
	}
	m.rateLimited.WithLabelValues(command).Inc()
}

func (m *Metrics) interaction(kind, command, outcome string, d time.Duration) {
	if m == nil {
		return
	}
	m.interactions.WithLabelValues(kind, command, outcome).Inc()
	m.latency.WithLabelValues(kind, command).Observe(d.Seconds())
}

func (m *Metrics) followup(command, outcome string, d time.Duration) {
	if m == nil {
		return
	}
	m.followups.WithLabelValues(command, outcome).Inc()
	m.followupLatency.WithLabelValues(command).Observe(d.Seconds())
}

func (m *Metrics) rejectedSignature(reason string) {
	if m == nil {
		return
	}
	m.rejected.WithLabelValues(reason).Inc()
}

func (m *Metrics) loadShed(kind, command string) {
	if m == nil {
		return
	}
	m.shed.WithLabelValues(kind, command).Inc()
}

func (m *Metrics) loadQueued(kind, command string) {
	if m == nil {
		return
	}
	m.queued.WithLabelValues(kind, command).Inc()
}

// delivered counts one interaction answered over the gateway, as the HTTP
// endpoint counts its own: the time is that of the whole delivery.
func (m *Metrics) delivered(i *discordgo.Interaction, rep Reply, err error, d time.Duration) {
	if m == nil {
		return
	}
	kind, command := interactionLabels(i)
	outcome := "answered"
	switch {
	case err != nil:
		outcome = "error"
	case rep.Followup != nil:
		outcome = "deferred"
	}
	m.interaction(kind, command, outcome, d)
}
