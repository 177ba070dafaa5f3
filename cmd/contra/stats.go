package main

import (
	"github.com/spf13/cobra"

	"github.com/contra-project/contra/internal/render"
)

func (m *Main) statsCommand() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count what the store holds",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f, err := render.ParseFormat(format)
			if err != nil {
				return usageError{err}
			}
			s, err := m.open(cmd.Context())
			if err != nil {
				return err
			}
			st, err := s.Stats(cmd.Context())
			if err != nil {
				return err
			}
			return render.Stats(m.Stdout, f, st)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "o", "table", "table, json or csv")
	return cmd
}
