package main

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"
)

func TestLogDurationsAreMilliseconds(t *testing.T) {
	var b bytes.Buffer
	newLogger(&b, "info").Info("x", "took", 1500*time.Millisecond, "latency_ms", int64(3))
	var line map[string]any
	if err := json.Unmarshal(b.Bytes(), &line); err != nil {
		t.Fatal(err)
	}
	if line["took_ms"] != 1500.0 || line["took"] != nil || line["latency_ms"] != 3.0 {
		t.Errorf("logged %s; want took_ms 1500 (not nanoseconds) and latency_ms as given", b.Bytes())
	}
}
