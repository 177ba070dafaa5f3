package main

import (
	"github.com/spf13/cobra"

	"github.com/contra-project/contra/internal/render"
)

func (m *Main) configCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "config", Short: "Inspect the configuration", Example: "  contra config show"}
	cmd.AddCommand(&cobra.Command{
		Use: "show",
		Example: `  contra config show
  CONTRA_STORE=neo4j contra --config /srv/contra/contra.yaml config show`,
		Short: "Print the effective configuration (flags > CONTRA_* env > file > defaults), secrets masked",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			src := "no configuration file"
			if m.cfg.File != "" {
				src = "file: " + m.cfg.File
			}
			return render.Text(m.Stdout, "# "+src+"\n"+m.cfg.String())
		},
	})
	return cmd
}
