// Command marsad codes political events in Arabic news.
//
// Exit codes (stable, for scripts):
//
//	0  success
//	1  some input could not be read or parsed (each problem is reported on
//	   stderr with its file and line; the other inputs were processed), or
//	   marsad eval found a score below a bound it was given
//	2  usage error (unknown flag, bad flag value)
//	3  internal error (the embedded lexicons failed to load, output failed)
package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

// Exit codes.
const (
	exitOK       = 0
	exitBadInput = 1
	exitUsage    = 2
	exitInternal = 3
)

// exitError carries an exit code through cobra.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func main() {
	root := &cobra.Command{
		Use:   "marsad",
		Short: "marsad codes political events in Arabic news: who did what to whom, when, and according to whom",
		Long: `marsad reads Arabic news and finds the actors it mentions (resolved to CAMEO-style
codes), the quotations and who said them, and the events it reports.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(newCodeCmd())
	root.AddCommand(newEvalCmd())
	root.AddCommand(newTrainCmd())
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &exitError{code: exitUsage, err: fmt.Errorf("%w\n%s", err, c.UsageString())}
	})
	if err := root.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "marsad:", err)
		var ee *exitError
		if errors.As(err, &ee) {
			os.Exit(ee.code)
		}
		// cobra's own errors (unknown command, missing argument) are usage errors.
		os.Exit(exitUsage)
	}
	os.Exit(exitOK)
}
