package graph

import (
	"errors"
	"fmt"
)

// Code classifies an error a user can act on. Backends translate driver
// errors into these at their boundary; cmd/contra maps them to exit statuses.
type Code string

// Error codes.
const (
	ENotFound    Code = "not_found"   // the thing asked for does not exist
	EInvalid     Code = "invalid"     // the input is malformed or out of range
	EConflict    Code = "conflict"    // the input disagrees with what is stored
	EUnavailable Code = "unavailable" // the store cannot be reached or used now
	EInternal    Code = "internal"    // a bug or an unexpected condition
)

// Error is an error with a code and a message meant for the user.
type Error struct {
	Code    Code
	Message string
	Err     error // optional cause, for operators
}

func (e *Error) Error() string {
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// WrapCode returns an *Error with code and message that keeps err as cause.
func WrapCode(code Code, err error, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Err: err}
}

// ErrorCode returns the code of the first *Error in err's chain, EInternal
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}

// Temporary reports whether err says that the same call may succeed if
// tried again a little later: a store whose lock another process held too
// long marks its error so (with a Temporary method, as net.Error does).
// A batch, a job state or any other write is safe to retry.
func Temporary(err error) bool {
	var t interface{ Temporary() bool }
	return errors.As(err, &t) && t.Temporary()
}
