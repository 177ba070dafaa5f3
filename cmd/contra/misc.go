package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/contra-project/contra/internal/render"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func (m *Main) versionCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print contra's version",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			v := version
			if bi, ok := debug.ReadBuildInfo(); ok {
				if v == "dev" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
					v = bi.Main.Version
				}
				for _, s := range bi.Settings {
					if s.Key == "vcs.revision" && len(s.Value) >= 12 {
						v += " (" + s.Value[:12] + ")"
					}
				}
				v += " " + bi.GoVersion
			}
			_, err := fmt.Fprintf(m.Stdout, "contra %s\n", v)
			return err
		},
	}
}

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
			s, err := m.openRead(cmd.Context())
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
