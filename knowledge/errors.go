package knowledge

import (
	"errors"
	"fmt"
)

// Error codes. An *Error's Message is safe to show to a user; anything else
// is internal and is logged, not shown.
const (
	// EInvalid marks bad input from the user (empty, too long, malformed).
	EInvalid = "invalid"
	// ENotFound marks a reference to something the article does not have
	// (an unknown section or paragraph).
	ENotFound = "not_found"
)

// Error is a user-facing error: Message is written for the person who made
// the request and leaks nothing internal.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// UserMessage returns the user-safe message of err when it is (or wraps) an
// *Error, and ok=false otherwise.
func UserMessage(err error) (msg string, ok bool) {
	var e *Error
	if errors.As(err, &e) {
		return e.Message, true
	}
	return "", false
}
