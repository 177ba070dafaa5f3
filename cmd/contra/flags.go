package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"golang.org/x/term"

	"github.com/contra-project/contra/internal/render"
)

// formatValue is a -o/--output flag: one format of the command's set,
// parsed (and refused) by render.ParseFormat as it is set, so a typo is a
// usage error before anything is opened.
type formatValue struct {
	p       *render.Format
	allowed []render.Format
}

func (v *formatValue) String() string { return string(*v.p) }
func (v *formatValue) Type() string   { return "format" }
func (v *formatValue) Set(s string) error {
	f, err := render.ParseFormat(s, v.allowed...)
	if err != nil {
		return err
	}
	*v.p = f
	return nil
}

// formatsValue is a -o/--output flag that takes several formats
// (repeated, or comma-separated), parsed by render.ParseFormats.
type formatsValue struct {
	p       *[]render.Format
	allowed []render.Format
	set     bool
}

func (v *formatsValue) String() string { return strings.Join(formatNames(*v.p), ",") }
func (v *formatsValue) Type() string   { return "formats" }
func (v *formatsValue) Set(s string) error {
	fs, err := render.ParseFormats([]string{s}, v.allowed...)
	if err != nil {
		return err
	}
	if !v.set {
		*v.p, v.set = nil, true // the first -o replaces the default
	}
	merged, _ := render.ParseFormats(formatNames(append(*v.p, fs...)), v.allowed...)
	*v.p = merged
	return nil
}

func formatNames(fs []render.Format) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = string(f)
	}
	return out
}

// outputFlag registers -o/--output FORMAT on cmd, one of allowed, the
// first being the default. --format, the name some commands had, stays
// as a hidden, deprecated alias so that scripts keep working.
func outputFlag(cmd *cobra.Command, p *render.Format, allowed ...render.Format) {
	*p = allowed[0]
	v := &formatValue{p: p, allowed: allowed}
	addOutputFlag(cmd, v, "output format: "+strings.Join(formatNames(allowed), ", "), allowed)
}

// outputsFlag is outputFlag for commands that write several formats at
// once (contra report): -o md,html or -o md -o html; the default is all.
func outputsFlag(cmd *cobra.Command, p *[]render.Format, allowed ...render.Format) {
	*p = append([]render.Format(nil), allowed...)
	v := &formatsValue{p: p, allowed: allowed}
	addOutputFlag(cmd, v, "output formats, comma-separated or repeated: "+strings.Join(formatNames(allowed), ", "), allowed)
}

func addOutputFlag(cmd *cobra.Command, v pflag.Value, usage string, allowed []render.Format) {
	f := cmd.Flags()
	f.VarP(v, "output", "o", usage)
	f.Var(v, "format", usage)
	markDeprecated(f, "format", "-o/--output")
	_ = cmd.RegisterFlagCompletionFunc("output", cobra.FixedCompletions(formatNames(allowed), cobra.ShellCompDirectiveNoFileComp))
}

// deprecatedKey is the annotation naming what replaces a deprecated flag.
const deprecatedKey = "contra_deprecated"

// markDeprecated hides the flag name and has warnDeprecated warn when it
// is used. (pflag's own MarkDeprecated prints its warning through cobra
// onto standard output, where it would corrupt JSON for a script.)
func markDeprecated(f *pflag.FlagSet, name, use string) {
	_ = f.MarkHidden(name)
	_ = f.SetAnnotation(name, deprecatedKey, []string{use})
}

// warnDeprecated writes one line on w for each deprecated flag set.
func warnDeprecated(w io.Writer, f *pflag.FlagSet) {
	f.Visit(func(fl *pflag.Flag) {
		if use := fl.Annotations[deprecatedKey]; len(use) > 0 {
			fmt.Fprintf(w, "contra: --%s is deprecated; use %s\n", fl.Name, use[0])
		}
	})
}

// wideFlag registers --wide, for the commands that print tables.
func wideFlag(cmd *cobra.Command, p *bool) {
	cmd.Flags().BoolVar(p, "wide", false, "tables: every column (ids, byte spans) and every value whole, not fitted to the terminal")
}

// checkWide refuses --wide with a format that is not a table, where it
// would do nothing.
func checkWide(wide bool, f render.Format) error {
	if wide && f != render.Table {
		return usageError{fmt.Errorf("--wide applies to -o table, not %s", f)}
	}
	return nil
}

// table returns the options tables are rendered with: fitted to the
// standard output's width when it is a terminal, or wide.
func (m *Main) table(wide bool) render.Options {
	o := render.Options{Wide: wide}
	if f, ok := m.Stdout.(*os.File); ok {
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
			o.Terminal = w
		}
	}
	return o
}
