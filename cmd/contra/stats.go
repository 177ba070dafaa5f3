package main

import (
	"github.com/spf13/cobra"

	"github.com/contra-project/contra/internal/render"
)

func (m *Main) statsCommand() *cobra.Command {
	var format render.Format
	cmd := &cobra.Command{
		Use:     "stats",
		Short:   "Count what the store holds",
		Example: "  contra stats\n  contra --db other.db stats -o json | jq .findings",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := m.open(cmd.Context())
			if err != nil {
				return err
			}
			st, err := s.Stats(cmd.Context())
			if err != nil {
				return err
			}
			return render.Stats(m.Stdout, format, st)
		},
	}
	outputFlag(cmd, &format, render.TabularFormats...)
	return cmd
}
