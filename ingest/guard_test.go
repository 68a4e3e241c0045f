package ingest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
)

func TestInternal(t *testing.T) {
	for s, want := range map[string]string{
		"127.0.0.1": "loopback", "127.8.9.10": "loopback", "::1": "loopback",
		"10.1.2.3": "private", "172.16.0.1": "private", "192.168.1.1": "private", "fd00::1": "private", "fc12::1": "private",
		"169.254.169.254": "link-local", "fe80::1": "link-local",
		"0.0.0.0": "unspecified", "::": "unspecified",
		"224.0.0.1": "link-local", "239.1.2.3": "multicast", "ff02::1": "link-local", "ff0e::1": "multicast",
		"100.64.0.1": "shared (CGNAT)", "100.127.255.254": "shared (CGNAT)",
		"::ffff:127.0.0.1": "loopback", "::ffff:10.0.0.1": "private", "::ffff:169.254.169.254": "link-local",
		"64:ff9b::7f00:1": "loopback (through NAT64)", "2002:c0a8:0101::1": "private (through 6to4)",
		"::127.0.0.1": "reserved", "fec0::1": "reserved", "240.0.0.1": "reserved", "255.255.255.255": "reserved",
		"198.18.0.1": "reserved", "0.1.2.3": "reserved",
		"93.184.216.34": "", "8.8.8.8": "", "100.63.255.255": "", "100.128.0.0": "",
		"2606:4700::1111": "", "64:ff9b::808:808": "", "::ffff:8.8.8.8": "",
	} {
		if got := internal(netip.MustParseAddr(s)); got != want {
			t.Errorf("internal(%s) = %q, want %q", s, got, want)
		}
	}
}

// TestRedirectToInternalRefused: a public page (here: the one address the
// test's guard lets through) that redirects to an internal one is refused on
// the second connection's resolved address.
func TestRedirectToInternalRefused(t *testing.T) {
	inside := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("SECRET internal page.\n"))
	}))
	defer inside.Close()
	public := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/ok" {
			w.Header().Set("Content-Type", "text/plain")
			w.Write([]byte("A public article.\n"))
			return
		}
		http.Redirect(w, r, inside.URL+"/admin", http.StatusFound)
	}))
	defer public.Close()
	publicAddr := strings.TrimPrefix(public.URL, "http://")
	var dialed []string
	guard := func(network, address string) error {
		dialed = append(dialed, address)
		if address == publicAddr {
			return nil // pretend this one is on the internet
		}
		return guardAddress(network, address)
	}
	ctx := context.Background()
	if d, err := fetch(ctx, public.URL+"/ok", Options{}, guard); err != nil || d.Text != "A public article.\n" {
		t.Fatalf("the allowed page: %q, %v", d.Text, err)
	}
	_, err := fetch(ctx, public.URL+"/redirect", Options{}, guard)
	if err == nil || !strings.Contains(err.Error(), "internal (loopback) address") {
		t.Fatalf("redirect to an internal address = %v, want a refusal", err)
	}
	if len(dialed) < 2 || dialed[len(dialed)-1] != strings.TrimPrefix(inside.URL, "http://") {
		t.Errorf("connections tried: %v; want the last to be the internal server", dialed)
	}
	// AllowPrivate lifts the rule, and only it.
	if d, err := fetch(ctx, public.URL+"/redirect", Options{AllowPrivate: true}, guard); err != nil || !strings.Contains(d.Text, "SECRET") {
		t.Errorf("with AllowPrivate: %q, %v", d.Text, err)
	}
}
