package roles

import "github.com/quotebot/quotebot/knowledge/attribution"

// AgentBefore reads the role a passive verb's agent holds from the text
// right before a name ("directed by" → "director"); attribution holds the
// one implementation, so its quotation sieves learn the same roles.
func AgentBefore(before string) string { return attribution.AgentBefore(before) }

// AppointedAfter reads the role an appointment right after a name newly
// gives ("…, was elected mayor" → "mayor", with "new"); see
// attribution.AppointedAfter.
func AppointedAfter(after string) (string, []string) { return attribution.AppointedAfter(after) }

// AgentAfter reads the role the past-tense verb right after a name makes
// its subject ("… won the race" → "winner"); see attribution.AgentAfter.
func AgentAfter(after string) string { return attribution.AgentAfter(after) }
