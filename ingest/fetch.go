package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"path"
	"strings"
	"syscall"
	"time"
)

// guardFunc decides whether a connection to address ("ip:port", already
// resolved) may be made.
type guardFunc func(network, address string) error

// BlockedError is a connection refused because its resolved address is
// internal.
type BlockedError struct {
	Addr   netip.Addr
	Reason string // "loopback", "private", …
}

func (e *BlockedError) Error() string {
	return fmt.Sprintf("%s is a %s address", e.Addr, e.Reason)
}

// guardAddress refuses addresses that are not on the public internet.
func guardAddress(network, address string) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("not an IP address: %q", host)
	}
	if why := internal(ip); why != "" {
		return &BlockedError{Addr: ip, Reason: why}
	}
	return nil
}

var (
	cgnat      = netip.MustParsePrefix("100.64.0.0/10")
	thisNet    = netip.MustParsePrefix("0.0.0.0/8")
	ietf       = netip.MustParsePrefix("192.0.0.0/24")
	benchmark  = netip.MustParsePrefix("198.18.0.0/15")
	reserved4  = netip.MustParsePrefix("240.0.0.0/4")
	nat64      = netip.MustParsePrefix("64:ff9b::/96")
	nat64Local = netip.MustParsePrefix("64:ff9b:1::/48")
	sixToFour  = netip.MustParsePrefix("2002::/16")
	siteLocal  = netip.MustParsePrefix("fec0::/10")
	discard6   = netip.MustParsePrefix("100::/64")
	compat4    = netip.MustParsePrefix("::/96") // IPv4-compatible (deprecated) and ::, ::1
)

// internal names why ip is not a public unicast address, or "".
func internal(ip netip.Addr) string {
	ip = ip.WithZone("")
	if ip.Is4In6() {
		ip = ip.Unmap() // ::ffff:127.0.0.1 is 127.0.0.1
	}
	switch {
	case ip.IsLoopback():
		return "loopback"
	case ip.IsUnspecified():
		return "unspecified"
	case ip.IsPrivate():
		return "private"
	case ip.IsLinkLocalUnicast(), ip.IsLinkLocalMulticast():
		return "link-local"
	case ip.IsMulticast(), ip.IsInterfaceLocalMulticast():
		return "multicast"
	}
	if ip.Is4() {
		switch {
		case cgnat.Contains(ip):
			return "shared (CGNAT)"
		case thisNet.Contains(ip), ietf.Contains(ip), benchmark.Contains(ip), reserved4.Contains(ip):
			return "reserved"
		}
		return ""
	}
	switch {
	case siteLocal.Contains(ip), discard6.Contains(ip), nat64Local.Contains(ip):
		return "reserved"
	case compat4.Contains(ip):
		return "reserved"
	case nat64.Contains(ip):
		// 64:ff9b::a.b.c.d reaches a.b.c.d through a NAT64 gateway.
		b := ip.As16()
		if why := internal(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})); why != "" {
			return why + " (through NAT64)"
		}
	case sixToFour.Contains(ip):
		b := ip.As16()
		if why := internal(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]})); why != "" {
			return why + " (through 6to4)"
		}
	}
	return ""
}

// NewClient returns the HTTP client Load fetches with: no proxy, every
// connection's resolved address checked (unless opt.AllowPrivate), at most
// MaxRedirects redirects, to http and https only.
func NewClient(opt Options) *http.Client {
	return newClient(opt, guardAddress)
}

func newClient(opt Options, guard guardFunc) *http.Client {
	d := &net.Dialer{Timeout: opt.timeout(), KeepAlive: 30 * time.Second}
	if !opt.AllowPrivate {
		// Control runs after name resolution, for every address tried: the
		// check is on where the connection really goes, not on the URL.
		d.ControlContext = func(_ context.Context, network, address string, _ syscall.RawConn) error {
			return guard(network, address)
		}
	}
	tr := &http.Transport{
		Proxy:                  nil, // a proxy would connect on our behalf, past the guard
		DialContext:            d.DialContext,
		ForceAttemptHTTP2:      true,
		TLSHandshakeTimeout:    opt.timeout(),
		ResponseHeaderTimeout:  opt.timeout(),
		MaxResponseHeaderBytes: maxHeaderBytes,
		MaxIdleConns:           4,
		IdleConnTimeout:        30 * time.Second,
	}
	return &http.Client{
		Transport: tr,
		Timeout:   opt.timeout(),
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > MaxRedirects {
				return &redirectError{fmt.Sprintf("it redirects more than %d times", MaxRedirects)}
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return &redirectError{fmt.Sprintf("it redirects to a %s: URL; only http and https are fetched", req.URL.Scheme)}
			}
			return nil
		},
	}
}

type redirectError struct{ msg string }

func (e *redirectError) Error() string { return e.msg }

// fetch GETs src within the limits and turns the body into a Doc.
func fetch(ctx context.Context, src string, opt Options, guard guardFunc) (Doc, error) {
	u, err := url.Parse(src)
	if err != nil {
		return Doc{}, invalidf("%q is not a valid URL", src)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return Doc{}, invalidf("%s: URLs are not fetched; only http and https", u.Scheme)
	}
	if u.Host == "" {
		return Doc{}, invalidf("the URL %q has no host", src)
	}
	if u.User != nil {
		return Doc{}, invalidf("the URL may not carry a user name or password")
	}
	shown := redact(u)
	client := opt.Client
	if client == nil {
		client = newClient(opt, guard)
		defer client.CloseIdleConnections()
	}
	ctx, cancel := context.WithTimeout(ctx, opt.timeout())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Doc{}, invalidf("%q is not a valid URL", src)
	}
	req.Header.Set("User-Agent", defaultUserAgent)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, text/markdown, text/plain;q=0.9")
	resp, err := client.Do(req)
	if err != nil {
		return Doc{}, fetchError(ctx, shown, err, opt)
	}
	defer resp.Body.Close()
	final := resp.Request.URL
	if resp.StatusCode != http.StatusOK {
		return Doc{}, invalidf("%s answered %s", shown, resp.Status)
	}
	max := opt.maxBytes()
	if resp.ContentLength > max {
		return Doc{}, invalidf("%s is %d bytes; the limit is %d (%s)", shown, resp.ContentLength, max, mib(max))
	}
	ct := resp.Header.Get("Content-Type")
	if mt, _, err := mime.ParseMediaType(ct); ct != "" && err == nil {
		switch strings.ToLower(mt) {
		case "text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown",
			"application/octet-stream", "binary/octet-stream":
		default:
			return Doc{}, invalidf("%s is %s, not plain text, Markdown or HTML", shown, mt)
		}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return Doc{}, fetchError(ctx, shown, err, opt)
	}
	if int64(len(body)) > max {
		return Doc{}, invalidf("%s is more than %d bytes; the limit is %s", shown, max, mib(max))
	}
	name := path.Base(final.Path)
	k, cs, err := classify(name, ct, body)
	if err != nil {
		return Doc{}, invalidf("%s is not plain text, Markdown or HTML: %v", shown, err)
	}
	var d Doc
	if k == kindHTML {
		d, err = fromHTML(shown, ct, body, final)
	} else {
		var text string
		text, err = decodeText(body, cs)
		if err == nil {
			err = checkText(text)
		}
		d = Doc{Text: text}
	}
	if err != nil {
		return Doc{}, err
	}
	d.Source = src
	return d, nil
}

// fetchError explains why a request failed, for the person who gave the URL.
func fetchError(ctx context.Context, shown string, err error, opt Options) error {
	var blocked *BlockedError
	var redir *redirectError
	var dnsErr *net.DNSError
	switch {
	case errors.As(err, &blocked):
		return invalidf("%s was refused: it resolves to %s, an internal (%s) address; only public addresses are fetched", shown, blocked.Addr, blocked.Reason)
	case errors.As(err, &redir):
		return invalidf("%s was refused: %s", shown, redir.msg)
	case errors.Is(ctx.Err(), context.DeadlineExceeded), isTimeout(err):
		return invalidf("%s did not answer within %s", shown, opt.timeout())
	case errors.Is(ctx.Err(), context.Canceled):
		return invalidf("fetching %s was cancelled", shown)
	case errors.As(err, &dnsErr):
		return invalidf("%s does not answer: no such host %q", shown, dnsErr.Name)
	}
	var op *net.OpError
	if errors.As(err, &op) {
		return invalidf("%s does not answer: %v", shown, op.Err)
	}
	return invalidf("%s could not be fetched: %v", shown, errors.Unwrap(err))
}

func isTimeout(err error) bool {
	var te interface{ Timeout() bool }
	return errors.As(err, &te) && te.Timeout()
}

// redact is the URL as shown back: without a query (it may hold a token).
func redact(u *url.URL) string {
	v := *u
	v.User = nil
	if v.RawQuery != "" {
		v.RawQuery = "…"
	}
	v.Fragment = ""
	return v.String()
}

func mib(n int64) string {
	if n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}
