package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"
)

// pipePath returns the /dev/fd path of a pipe's read end, as a shell's
// process substitution (`--article <(cat f)`) passes it, and the write end.
func pipePath(t *testing.T) (string, *os.File) {
	t.Helper()
	if _, err := os.Stat("/dev/fd"); err != nil {
		t.Skip("no /dev/fd on this system")
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close(); w.Close() })
	return fmt.Sprintf("/dev/fd/%d", r.Fd()), w
}

// runWithin runs the program and fails the test if it has not returned
// within d: the inputs below would otherwise be read for ever.
func runWithin(t *testing.T, ctx context.Context, d time.Duration, stdin io.Reader, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, append([]string{"quotebot"}, args...), func(string) string { return "" }, stdin, &out, &errOut)
	}()
	select {
	case err := <-done:
		return out.String(), err
	case <-time.After(d):
		t.Fatalf("quotebot %s did not return within %v", strings.Join(args, " "), d)
		return "", nil
	}
}

func TestArticleWithoutEndIsRefused(t *testing.T) {
	for _, dev := range []string{"/dev/zero", "/dev/urandom"} {
		t.Run(dev, func(t *testing.T) {
			if _, err := os.Stat(dev); err != nil {
				t.Skip(err)
			}
			_, err := runWithin(t, context.Background(), 20*time.Second, strings.NewReader(""), "ask", "--article", dev, "hi")
			if _, ok := errors.AsType[usageError](err); !ok || !strings.Contains(err.Error(), "more than 2 MiB") {
				t.Fatalf("err = %v; want a usage error (exit 2) saying the article is more than 2 MiB", err)
			}
		})
	}
	t.Run("pipe", func(t *testing.T) {
		path, w := pipePath(t)
		go func() {
			chunk := bytes.Repeat([]byte("All work and no play. "), 4096)
			for {
				if _, err := w.Write(chunk); err != nil {
					return // the reader stopped: what the test wants
				}
			}
		}()
		_, err := runWithin(t, context.Background(), 20*time.Second, strings.NewReader(""), "about", "--article", path)
		if _, ok := errors.AsType[usageError](err); !ok || !strings.Contains(err.Error(), "more than 2 MiB") {
			t.Fatalf("err = %v; want a usage error saying the article is more than 2 MiB", err)
		}
	})
}

func TestLargeRegularArticleGivesItsSize(t *testing.T) {
	path := t.TempDir() + "/big.txt"
	if err := os.WriteFile(path, bytes.Repeat([]byte("Words and words. "), 200_000), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := runWithin(t, context.Background(), 20*time.Second, strings.NewReader(""), "about", "--article", path)
	if _, ok := errors.AsType[usageError](err); !ok || !strings.Contains(err.Error(), "3.2 MiB") || !strings.Contains(err.Error(), "2 MiB") {
		t.Fatalf("err = %v; want a usage error giving the size, 3.2 MiB, and the limit", err)
	}
}

func TestArticleLoadingStopsOnCancel(t *testing.T) {
	path, w := pipePath(t)
	w.WriteString("A title\n\nA paragraph that is never finished")
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel) // SIGTERM while loading
	_, err := runWithin(t, ctx, 10*time.Second, strings.NewReader(""), "about", "--article", path)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v; want the cancellation", err)
	}
}

func TestArticleFromPipeIsNamedByItsTitle(t *testing.T) {
	path, w := pipePath(t)
	go func() {
		w.WriteString("# Council approves new budget\n\nThe council approved the budget on Monday, the mayor said.\n")
		w.Close()
	}()
	out, err := runWithin(t, context.Background(), 20*time.Second, strings.NewReader(""), "about", "--json", "--article", path)
	if err != nil {
		t.Fatal(err)
	}
	var got aboutJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Name != "Council approves new budget" {
		t.Errorf("name = %q, want the article's title (not the descriptor number of %s)", got.Name, path)
	}
}

func TestCheckStdinTooLargeGivesTheRealSize(t *testing.T) {
	claim := strings.Repeat("we just need peace ", 1<<20/19)
	_, err := runWithin(t, context.Background(), 20*time.Second, strings.NewReader(claim), "check", "-")
	if _, ok := errors.AsType[usageError](err); !ok {
		t.Fatalf("err = %v; want a usage error", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "more than 32 KiB") || strings.Contains(msg, "32769") {
		t.Errorf("err = %q; want it to say more than 32 KiB, not the bytes read up to the limit", msg)
	}
}

func TestCheckStdinStopsOnCancel(t *testing.T) {
	r, w := io.Pipe()
	defer w.Close()
	go w.Write([]byte("“We just need"))
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	_, err := runWithin(t, ctx, 10*time.Second, r, "check", "-")
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v; want the cancellation", err)
	}
}

func TestEvalFileWithoutEndIsRefused(t *testing.T) {
	path, w := pipePath(t)
	go func() {
		line := []byte(`{"q": "What did Putin say?", "answerable": false}` + "\n")
		chunk := bytes.Repeat(line, 4096)
		for {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	}()
	_, err := runWithin(t, context.Background(), 60*time.Second, strings.NewReader(""), "eval", path)
	if _, ok := errors.AsType[usageError](err); !ok || !strings.Contains(err.Error(), "more than 64 MiB") {
		t.Fatalf("err = %v; want a usage error saying the eval file is more than 64 MiB", err)
	}
}
