package main

import (
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/contra-project/contra/internal/render"
)

// version overrides the build information's module version when set at
// build time with -ldflags "-X main.version=…" (a packager's build from a
// tarball has no module version or VCS stamp).
var version = ""

func (m *Main) versionCommand() *cobra.Command {
	var format render.Format
	cmd := &cobra.Command{
		Use:   "version",
		Short: "Print contra's version, VCS revision and Go version (also: contra --version)",
		Long: `Print the version contra was built as: the module version (a tag, or a pseudo-version
for a build from a checkout), the VCS revision and whether the checkout had uncommitted
changes ("modified"), and the Go toolchain, all read from the binary's build information.`,
		Example: `  contra version
  contra version -o json | jq -r .revision`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return render.Options{}.Version(m.Stdout, format, buildVersion())
		},
	}
	outputFlag(cmd, &format, render.SummaryFormats...)
	return cmd
}

// buildVersion reads this binary's build information.
func buildVersion() render.VersionInfo {
	bi, _ := debug.ReadBuildInfo()
	return versionOf(bi, version)
}

// versionOf is what bi says of the build (bi may be nil: a binary built
// without module support); override, when set, is the version.
func versionOf(bi *debug.BuildInfo, override string) render.VersionInfo {
	v := render.VersionInfo{Version: "devel"}
	if bi != nil {
		v.Go = bi.GoVersion
		if mv := bi.Main.Version; mv != "" && mv != "(devel)" {
			v.Version = mv
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				v.Revision = s.Value
			case "vcs.time":
				v.Time = s.Value
			case "vcs.modified":
				v.Modified = s.Value == "true"
			}
		}
	}
	if override != "" {
		v.Version = override
	}
	// A pseudo-version already says "+dirty" for a modified checkout.
	v.Version = strings.TrimSuffix(v.Version, "+dirty")
	return v
}
