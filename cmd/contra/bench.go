package main

import (
	"github.com/spf13/cobra"
)

func (m *Main) benchCommand() *cobra.Command {
	return &cobra.Command{
		Use:    "bench",
		Short:  "Run the synthetic benchmark (see README)",
		Hidden: true,
		RunE: func(*cobra.Command, []string) error {
			return usageError{errNotYet}
		},
	}
}
