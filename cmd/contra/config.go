package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func (m *Main) configCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "config", Short: "Inspect the configuration"}
	cmd.AddCommand(&cobra.Command{
		Use:   "show",
		Short: "Print the effective configuration (flags > CONTRA_* env > file > defaults), secrets masked",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			src := "no configuration file"
			if m.cfg.File != "" {
				src = "file: " + m.cfg.File
			}
			_, err := fmt.Fprintf(m.Stdout, "# %s\n%s", src, m.cfg.String())
			return err
		},
	})
	return cmd
}
