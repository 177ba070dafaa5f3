package main

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
)

// nameKind is what a completion offers: speakers, topics or sides.
type nameKind int

const (
	speakerNames nameKind = iota
	topicNames
	sideNames
)

// completionTimeout bounds a completion's store read: a shell waits for
// it at every tab.
const completionTimeout = 2 * time.Second

// completeNames returns a completion function offering the names of kind
// the store holds, with their claim counts: the speakers, topics or sides
// (actors) whose name starts with what was typed, ignoring case. The
// store is the one the command line names (--db, --config), opened to
// read only: a completion never creates a store.
func (m *Main) completeNames(kind nameKind) cobra.CompletionFunc {
	return func(cmd *cobra.Command, args []string, typed string) ([]cobra.Completion, cobra.ShellCompDirective) {
		none := cobra.ShellCompDirectiveNoFileComp
		// Cobra runs the root's PersistentPreRunE for its hidden
		// completion command before the flags of the command line are
		// parsed: the configuration is resolved again, with them.
		file, _ := cmd.Flags().GetString("config")
		if err := m.configure(cmd, file); err != nil {
			return nil, none
		}
		ctx, cancel := context.WithTimeout(cmd.Context(), completionTimeout)
		defer cancel()
		s, err := m.open(ctx)
		if err != nil {
			return nil, none
		}
		var out []cobra.Completion
		add := func(name, desc string) {
			// A name already given as an argument (between A B) is not
			// offered again.
			if strings.HasPrefix(strings.ToLower(name), strings.ToLower(typed)) && !slices.Contains(args, name) {
				out = append(out, cobra.CompletionWithDesc(name, desc))
			}
		}
		switch kind {
		case speakerNames:
			xs, err := s.Speakers(ctx, "")
			if err != nil {
				return nil, none
			}
			for _, x := range xs {
				add(x.Name, strings.Join(slices.DeleteFunc([]string{x.Side, count(x.Claims, "claim")}, isEmpty), ", "))
			}
		case topicNames:
			xs, err := s.Topics(ctx, "")
			if err != nil {
				return nil, none
			}
			for _, x := range xs {
				add(x.Name, count(x.Claims, "claim"))
			}
		case sideNames:
			xs, err := s.Actors(ctx, "")
			if err != nil {
				return nil, none
			}
			for _, x := range xs {
				if x.AsSide > 0 || x.AsSubject > 0 {
					add(x.Name, fmt.Sprintf("%s as side, %d as subject", count(x.AsSide, "claim"), x.AsSubject))
				}
			}
		}
		return out, none
	}
}

// count is "1 claim", "2 claims".
func count(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

func isEmpty(s string) bool { return s == "" }

// completeArgs completes positional arguments of kind, at most n of them.
func (m *Main) completeArgs(kind nameKind, n int) cobra.CompletionFunc {
	names := m.completeNames(kind)
	return func(cmd *cobra.Command, args []string, typed string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(args) >= n {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return names(cmd, args, typed)
	}
}

// completeFlag registers the completion of a flag's values with the
// names of kind, when cmd has that flag.
func (m *Main) completeFlag(cmd *cobra.Command, flag string, kind nameKind) {
	if cmd.Flags().Lookup(flag) != nil {
		_ = cmd.RegisterFlagCompletionFunc(flag, m.completeNames(kind))
	}
}
