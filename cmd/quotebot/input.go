package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// tooLargeError is an input over its limit. Size is the real size when it
// is known (a regular file), else -1: a device, a pipe or a FIFO says
// nothing of its size, so all that is known is that it went past the limit.
type tooLargeError struct {
	size, limit int64
}

func (e tooLargeError) Error() string {
	if e.size < 0 {
		return fmt.Sprintf("more than %s (the limit)", byteSize(e.limit))
	}
	return fmt.Sprintf("%s, over the limit of %s", byteSize(e.size), byteSize(e.limit))
}

// byteSize writes n for people: "2 MiB", "32 KiB", "5.3 MiB", "700 bytes".
func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// readLimited reads r to its end, at most limit bytes: it reads through
// io.LimitReader(r, limit+1), so an endless input (/dev/zero, a pipe that
// never closes) costs at most limit+1 bytes before it is refused with a
// tooLargeError. It returns ctx's error as soon as ctx is cancelled (a
// SIGTERM while loading), closing r when it can be closed, since a read
// from a pipe may block for ever.
func readLimited(ctx context.Context, r io.Reader, limit int64) ([]byte, error) {
	type result struct {
		b   []byte
		err error
	}
	done := make(chan result, 1) // buffered: an abandoned read still ends
	go func() {
		b, err := io.ReadAll(&ctxReader{ctx: ctx, r: io.LimitReader(r, limit+1)})
		done <- result{b, err}
	}()
	select {
	case res := <-done:
		if res.err != nil {
			return nil, res.err
		}
		if int64(len(res.b)) > limit {
			return nil, tooLargeError{size: -1, limit: limit}
		}
		return res.b, nil
	case <-ctx.Done():
		if c, ok := r.(io.Closer); ok {
			c.Close() // unblocks a read from a pipe
		}
		return nil, ctx.Err()
	}
}

// ctxReader stops reading once ctx is cancelled, between reads.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// readFileLimited reads the file at path through readLimited. A regular
// file over the limit is refused before reading, with its real size.
func readFileLimited(ctx context.Context, path string, limit int64) ([]byte, fs.FileInfo, error) {
	type opened struct {
		f   *os.File
		err error
	}
	// Opening a FIFO blocks until a writer opens it: wait for ctx too.
	oc := make(chan opened, 1)
	go func() {
		f, err := os.Open(path)
		oc <- opened{f, err}
	}()
	var f *os.File
	select {
	case o := <-oc:
		if o.err != nil {
			return nil, nil, o.err
		}
		f = o.f
	case <-ctx.Done():
		go func() {
			if o := <-oc; o.f != nil {
				o.f.Close()
			}
		}()
		return nil, nil, ctx.Err()
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if st.IsDir() {
		return nil, st, errors.New("it is a directory")
	}
	if st.Mode().IsRegular() && st.Size() > limit {
		return nil, st, tooLargeError{size: st.Size(), limit: limit}
	}
	b, err := readLimited(ctx, f, limit)
	return b, st, err
}

// articleName is how an article read from path is cited. A regular file is
// cited by its base name; a pipe or device (`--article <(cat f)`, whose path
// is /dev/fd/63) by its title when it has one, else by its whole path: "63"
// names nothing.
func articleName(path string, st fs.FileInfo, title string) string {
	if st == nil || st.Mode().IsRegular() {
		return filepath.Base(path)
	}
	if t := strings.TrimSpace(title); t != "" {
		return t
	}
	return path
}
